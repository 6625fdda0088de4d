// Which results a SARIF report keeps: the most severe within --sarif-max-results (25,000 by
// default, GitHub code scanning's limit), none below --sarif-min-severity, and what it says of
// the rest.
#include "reports/sarif_selection.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "reports/sarif_report.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;

/// The sample's findings repeated up to `count`, sorted worst first as the analysis sorts them.
void repeat_findings(testing::SampleReport& sample, std::size_t count) {
    const std::vector<analyzer::Finding> one = sample.result.findings;
    std::vector<analyzer::Finding>& findings = sample.result.findings;
    findings.clear();
    while (findings.size() < count) findings.push_back(one[findings.size() % one.size()]);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const analyzer::Finding& a, const analyzer::Finding& b) { return a.severity() > b.severity(); });
    sample.result.counts_by_severity = {};
    for (const analyzer::Finding& finding : findings) {
        ++sample.result.counts_by_severity[static_cast<std::size_t>(finding.severity())];
    }
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

TEST(SarifSelection, ByDefaultKeepsTheMostSevere25000AndSaysWhatIsLeftOut) {
    auto sample = testing::make_sample_report();
    // 1 critical, 5 high and 2 medium findings, repeated: 3,125 critical, 15,625 high and
    // 6,250 medium in 25,000; 8 more findings make 1 critical, 5 high and 2 medium more.
    ASSERT_EQ(sample.result.findings.size(), 8u);
    repeat_findings(sample, 25008);
    const std::string sarif = render_to_string(render_sarif, sample.input()).content;
    EXPECT_EQ(occurrences(sarif, "\"ruleId\": "), kSarifResultsPerRun);
    EXPECT_NE(sarif.find("\"toolExecutionNotifications\": [\n            {\n              \"level\": \"warning\""),
              std::string::npos);
    EXPECT_NE(sarif.find("\"text\": \"The SARIF report holds 25,000 of the 25,008 results. To stay within "
                         "--sarif-max-results 25000 (GitHub code scanning takes at most 25,000 results a "
                         "run), the least severe were left out: 8 medium. Every finding is in the JSON and "
                         "CSV reports (-o json=FILE, -o csv=FILE).\""),
              std::string::npos);
    EXPECT_NE(sarif.find("\"resultsLeftOut\": 8"), std::string::npos);

    // At the cap exactly, nothing is left out and nothing is said.
    repeat_findings(sample, kSarifResultsPerRun);
    const std::string whole = render_to_string(render_sarif, sample.input()).content;
    EXPECT_EQ(occurrences(whole, "\"ruleId\": "), kSarifResultsPerRun);
    EXPECT_EQ(whole.find("toolExecutionNotifications"), std::string::npos);
    EXPECT_NE(whole.find("\"executionSuccessful\": true"), std::string::npos);
}

TEST(SarifSelection, TheFloorGoesFirstThenTheLeastSevereAndResolvedAfterCurrent) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);  // 1 critical, 5 high, 2 medium; 1 high and 1 medium resolved
    const BaselineComparison* since = &*sample.context.baseline;
    SarifSelection selection = select_sarif_results(sample.result, since, {5, Severity::medium});
    EXPECT_EQ(selection.total, 10u);
    EXPECT_EQ(selection.findings, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(selection.resolved.empty());  // a current high finding goes before a resolved one
    EXPECT_EQ(selection.over_cap[static_cast<std::size_t>(Severity::high)], 2u);
    EXPECT_EQ(selection.over_cap[static_cast<std::size_t>(Severity::medium)], 3u);
    EXPECT_TRUE(capped(selection));

    selection = select_sarif_results(sample.result, since, {0, Severity::high});
    EXPECT_EQ(selection.findings.size(), 6u);
    EXPECT_EQ(selection.resolved, std::vector<std::size_t>{0});
    EXPECT_EQ(selection.below_floor[static_cast<std::size_t>(Severity::medium)], 3u);
    EXPECT_FALSE(capped(selection));
    EXPECT_EQ(left_out_text(selection, {0, Severity::high}),
              "The SARIF report holds 7 of the 10 results. Left out as below --sarif-min-severity high: "
              "3 medium. Every finding is in the JSON and CSV reports (-o json=FILE, -o csv=FILE).");

    selection = select_sarif_results(sample.result, since, {});
    EXPECT_EQ(selection.findings.size() + selection.resolved.size(), 10u);
    EXPECT_EQ(left_out_text(selection, {}), "");
}

}  // namespace
}  // namespace upgrade_risk::reports
