// The terminal summary of a large organization stays a summary.
#include "reports/text_report.h"

#include <gtest/gtest.h>

#include "reports/baseline.h"
#include "reports/report_format.h"
#include "tests/reports/large_fixture.h"

namespace upgrade_risk::reports {
namespace {

std::size_t lines_starting(const std::string& text, std::string_view start) {
    std::size_t count = 0;
    for (std::size_t at = 0; (at = text.find(std::string("\n") + std::string(start), at)) != std::string::npos; ++at) {
        ++count;
    }
    return count;
}

TEST(TextReport, ListsFiftyFindingsBelowCriticalAndCountsTheRestByRule) {
    const testing::LargeFixture large;
    const RenderOutcome outcome =
        render_to_string(render_text, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    // One high finding (the critical bridgehead has no backup), then the low ones.
    EXPECT_EQ(lines_starting(outcome.content, "  HIGH    ") + lines_starting(outcome.content, "  LOW     "), 50u)
        << outcome.content;
    EXPECT_NE(outcome.content.find("\n  and 251 more findings: every one is in the HTML, JSON and "
                                   "CSV reports (see the next steps). All 301 below critical, by "
                                   "rule:\n    1 high prereq-directory-backup\n"
                                   "    300 low backout-misreports-version\n"),
              std::string::npos)
        << outcome.content;
}

TEST(TextReport, DetailsTwentyFiveCriticalFindingsAndCountsTheRest) {
    const testing::LargeFixture large(40, true);
    ASSERT_EQ(large.result.counts_by_severity[static_cast<int>(analyzer::Severity::critical)], 40u);
    const RenderOutcome outcome =
        render_to_string(render_text, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(lines_starting(outcome.content, "    by hand:  "), 25u);
    EXPECT_NE(outcome.content.find("\n  and 15 more critical findings: every one is in the HTML, "
                                   "JSON and CSV reports (see the next steps)\n"),
              std::string::npos)
        << outcome.content;
}

TEST(TextReport, ListsFiftyChangesOfEachKind) {
    testing::LargeFixture large;
    large.context.baseline = compare_with_baseline(Baseline{}, large.result, large.inventory);
    const RenderOutcome outcome =
        render_to_string(render_text, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(lines_starting(outcome.content, "  NEW       "), 50u);
    EXPECT_NE(outcome.content.find("\n  and 252 more new findings: "), std::string::npos) << outcome.content;
}

}  // namespace
}  // namespace upgrade_risk::reports
