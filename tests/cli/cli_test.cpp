// The small pieces of the command line: durations, "did you mean", embedded rule docs.
#include <algorithm>

#include <gtest/gtest.h>

#include "analyzer/cli/diagnostic_limit.h"
#include "analyzer/cli/duration.h"
#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/commands.h"
#include "analyzer/rule_docs.h"
#include "analyzer/rule.h"

namespace upgrade_risk::cli {
namespace {

TEST(Duration, AcceptsHoursDaysAndPlainHours) {
    EXPECT_EQ(parse_duration_seconds("24"), 24 * 3600);
    EXPECT_EQ(parse_duration_seconds("36h"), 36 * 3600);
    EXPECT_EQ(parse_duration_seconds("2d"), 48 * 3600);
    EXPECT_FALSE(parse_duration_seconds(""));
    EXPECT_FALSE(parse_duration_seconds("0"));
    EXPECT_FALSE(parse_duration_seconds("-3h"));
    EXPECT_FALSE(parse_duration_seconds("1.5h"));
    EXPECT_FALSE(parse_duration_seconds("h"));
    EXPECT_FALSE(parse_duration_seconds("3w"));
}

TEST(Diagnostics, AfterTheLimitEachKindIsCountedInOneLine) {
    std::vector<inventory::Diagnostic> diagnostics;
    for (std::uint32_t i = 1; i <= 5; ++i) {
        diagnostics.push_back({inventory::DiagnosticSeverity::error, "f.xml", {i, 3},
                               "unknown server 'S" + std::to_string(i) + "'"});
    }
    diagnostics.push_back({inventory::DiagnosticSeverity::warning, "f.xml", {9, 1}, "a warning"});
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(print_diagnostics(diagnostics, "f.xml", 2), 5u);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "f.xml:1:3: error: unknown server 'S1'\n"
              "f.xml:2:3: error: unknown server 'S2'\n"
              "f.xml:9:1: warning: a warning\n"
              "f.xml: 3 more errors like the 2 above (\"unknown server 'S3'\"), from 3:3 to 5:3; "
              "--max-diagnostics 0 shows them all\n"
              "f.xml: 5 errors and 1 warning; nothing was analysed. Fix the inventory and run again.\n");
    ::testing::internal::CaptureStderr();
    print_diagnostics(diagnostics, "f.xml", 0);
    EXPECT_EQ(::testing::internal::GetCapturedStderr().find("more errors"), std::string::npos);
}

TEST(Explain, AMisspeltRuleGetsTheNearestId) {
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_explain("backout-misreport-version"), kExitInvalidInput);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "upgrade-risk: error: no rule called 'backout-misreport-version' (did you mean "
              "'backout-misreports-version'?); `upgrade-risk rules` lists them all\n");
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_explain("zzz"), kExitInvalidInput);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "upgrade-risk: error: no rule called 'zzz'; `upgrade-risk rules` lists them all\n");
}

TEST(Explain, PartOfAnIdGetsTheIdsThatHoldIt) {
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_explain("backout-single"), kExitInvalidInput);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "upgrade-risk: error: no rule called 'backout-single' (did you mean "
              "'backout-single-server-site'?); `upgrade-risk rules` lists them all\n");
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_explain("prereq"), kExitInvalidInput);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "upgrade-risk: error: no rule called 'prereq' (did you mean 'prereq-authrest-kit', "
              "'prereq-directory-backup' or 'prereq-install-kit'?); `upgrade-risk rules` lists "
              "them all\n");
}

TEST(RuleDocs, EveryRuleHasAPageAndEveryPageARule) {
    const auto& rules = analyzer::builtin_rules();
    EXPECT_EQ(analyzer::rule_docs().size(), rules.size());
    for (const analyzer::Rule* pointer : rules) {
        const analyzer::Rule& rule = *pointer;
        const auto found = std::find_if(analyzer::rule_docs().begin(), analyzer::rule_docs().end(),
                                        [&](const analyzer::RuleDoc& doc) { return doc.id == rule.id; });
        ASSERT_NE(found, analyzer::rule_docs().end()) << rule.id;
        EXPECT_EQ(found->markdown.substr(0, 2 + rule.id.size()), "# " + std::string(rule.id));
        EXPECT_NE(found->markdown.find("## How to fix"), std::string_view::npos) << rule.id;
    }
}

}  // namespace
}  // namespace upgrade_risk::cli
