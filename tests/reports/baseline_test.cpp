#include "reports/baseline_reader.h"

#include <gtest/gtest.h>

#include "reports/baseline.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

TEST(BaselineReader, ReadsFindingsOfAJsonReport) {
    const BaselineLoad load = read_baseline_text(R"({
  "verdict": "no-go",
  "generated": "1999-04-13T09:00:00Z",
  "findings": [
    {"rule": "backout-misreports-version", "severity": "low", "title": "SERVERC shows as 5.5",
     "server": "SERVERC", "site": "Redmond", "fingerprint": "backout-misreports-version|redmond|serverc|",
     "kb": ["Q195908"], "location": {"line": 7, "column": 7}}
  ]
})",
                                                 "old.json");
    ASSERT_TRUE(load.baseline) << load.error;
    EXPECT_EQ(load.baseline->generated, "1999-04-13T09:00:00Z");
    ASSERT_EQ(load.baseline->findings.size(), 1u);
    const BaselineFinding& finding = load.baseline->findings[0];
    EXPECT_EQ(finding.fingerprint, "backout-misreports-version|redmond|serverc|");
    EXPECT_EQ(finding.rule, "backout-misreports-version");
    EXPECT_EQ(finding.severity, "low");
    EXPECT_EQ(finding.server, "SERVERC");
    EXPECT_EQ(finding.site, "Redmond");
    EXPECT_EQ(finding.kb, std::vector<std::string>{"Q195908"});
}

TEST(BaselineReader, AcceptsAReportWithoutFindings) {
    const BaselineLoad load = read_baseline_text(R"({"verdict": "go", "findings": []})", "old.json");
    ASSERT_TRUE(load.baseline) << load.error;
    EXPECT_TRUE(load.baseline->findings.empty());
}

TEST(BaselineReader, MalformedJsonNamesTheLine) {
    const BaselineLoad load = read_baseline_text("{\n  \"findings\": [\n    {\"rule\": }\n  ]\n}", "old.json");
    EXPECT_FALSE(load.baseline);
    EXPECT_EQ(load.error.rfind("old.json:3: error: not valid JSON (", 0), 0u) << load.error;
    EXPECT_NE(load.error.find("upgrade-risk analyze -o json"), std::string::npos) << load.error;
}

TEST(BaselineReader, RefusesJsonNestedTooDeepWithoutRecursingIntoIt) {
    // A million '[' overflowed the stack of the recursive JSON parser.
    const std::string deep = "{\"findings\": [], \"note\":\n" + std::string(1000000, '[');
    EXPECT_EQ(read_baseline_text(deep, "deep.json").error,
              "deep.json:2: error: lists and objects are nested more than 64 deep here; --baseline "
              "expects a report written by 'upgrade-risk analyze -o json'");
    // Brackets inside strings are text, not nesting.
    const std::string quoted = R"({"findings": [], "note": ")" + std::string(100, '[') + R"(\"["})";
    EXPECT_TRUE(read_baseline_text(quoted, "q.json").baseline) << read_baseline_text(quoted, "q.json").error;
}

TEST(BaselineReader, RefusesAControlCharacterThatWouldReachTheReportsAndTheTerminal) {
    const std::string report = "{\"findings\": [\n  {\"fingerprint\": \"f1\",\n   \"title\": \"\\u001b]0;owned\\u0007\"}]}";
    EXPECT_EQ(read_baseline_text(report, "b.json").error,
              "b.json:3: error: a text holds a control character or invalid UTF-8, which no "
              "upgrade-risk report does; --baseline expects a report written by 'upgrade-risk "
              "analyze -o json'");
}

TEST(BaselineReader, RejectsJsonThatIsNotAReport) {
    EXPECT_EQ(read_baseline_text(R"({"results": []})", "x.json").error,
              "x.json: error: no \"findings\" list; --baseline expects a report written by "
              "'upgrade-risk analyze -o json'");
    EXPECT_EQ(read_baseline_text(R"({"findings": "none"})", "x.json").error,
              "x.json: error: \"findings\" is not a list; --baseline expects a report written by "
              "'upgrade-risk analyze -o json'");
    EXPECT_EQ(read_baseline_text(R"({"findings": [{"rule": "a"}]})", "x.json").error,
              "x.json: error: finding 1 has no \"fingerprint\" (written by an older upgrade-risk?); "
              "--baseline expects a report written by 'upgrade-risk analyze -o json'");
}

TEST(BaselineReader, MissingFileIsAnError) {
    const BaselineLoad load = read_baseline_file("/nonexistent/previous.json");
    EXPECT_FALSE(load.baseline);
    EXPECT_EQ(load.error,
              "/nonexistent/previous.json: error: cannot read the baseline report (missing or not readable)");
}

TEST(BaselineComparison, MatchesByFingerprintAndListsResolved) {
    auto sample = testing::make_sample_report();
    Baseline baseline;
    baseline.path = "old.json";
    const std::string kept = analyzer::fingerprint(sample.result.findings[2], sample.inventory);
    baseline.findings = {{"gone|||", "gone", "high", "A finding that was fixed", "", "", {}, {}},
                         {kept,
                          std::string(sample.result.findings[2].rule_id()),
                          "medium",
                          "reworded title",
                          "",
                          "",
                          {},
                          {}}};
    const BaselineComparison comparison = compare_with_baseline(baseline, sample.result, sample.inventory);
    ASSERT_EQ(comparison.states.size(), sample.result.findings.size());
    EXPECT_EQ(comparison.states[0], BaselineState::added);
    EXPECT_EQ(comparison.states[1], BaselineState::added);
    EXPECT_EQ(comparison.states[2], BaselineState::unchanged);
    EXPECT_EQ(comparison.states[3], BaselineState::added);
    EXPECT_EQ(comparison.added, sample.result.findings.size() - 1);
    EXPECT_EQ(comparison.unchanged, 1u);
    ASSERT_EQ(comparison.resolved.size(), 1u);
    EXPECT_EQ(comparison.resolved[0].title, "A finding that was fixed");
    EXPECT_EQ(to_string(BaselineState::added), "new");
}

TEST(BaselineComparison, ComparesWithTheJsonReportOfAnEarlierRun) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    ASSERT_TRUE(sample.context.baseline);
    const BaselineComparison& comparison = *sample.context.baseline;
    EXPECT_EQ(comparison.baseline_path, "previous.json");
    EXPECT_EQ(comparison.baseline_generated, "1999-04-13T09:00:00Z");
    // SERVERB reached 5.5 since: SERVERA's backout now breaks replication (with its three
    // prerequisite findings), and its user-creation finding is gone.
    EXPECT_EQ(comparison.added, 4u);
    EXPECT_EQ(comparison.unchanged, 4u);
    for (std::size_t i = 0; i < sample.result.findings.size(); ++i) {
        const auto& finding = sample.result.findings[i];
        const bool about_servera = finding.server && sample.inventory.servers[*finding.server].name == "SERVERA";
        EXPECT_EQ(comparison.states[i], about_servera ? BaselineState::added : BaselineState::unchanged)
            << sample.result.title(finding);
    }
    // Before SERVERB ran 5.5, SERVERA's wave also left it ahead of Redmond's 4.0 servers (Q185024).
    ASSERT_EQ(comparison.resolved.size(), 2u);
    EXPECT_EQ(comparison.resolved[1].rule, "mixed-site-loop-detection-ndr");
    EXPECT_EQ(comparison.resolved[0].rule, "backout-blocks-user-creation");
    EXPECT_EQ(comparison.resolved[0].server, "SERVERA");
    EXPECT_EQ(comparison.resolved[0].site, "Redmond");
    EXPECT_EQ(comparison.resolved[0].severity, "high");
    EXPECT_EQ(comparison.resolved[0].fingerprint, "backout-blocks-user-creation|redmond|servera|");
}

TEST(BaselineComparison, DuplicateFingerprintsMatchOneForOne) {
    auto sample = testing::make_sample_report();
    sample.result.findings.push_back(sample.result.findings[0]);
    Baseline baseline;
    const std::string key = analyzer::fingerprint(sample.result.findings[0], sample.inventory);
    baseline.findings = {{key, "r", "critical", "t", "", "", {}, {}}};
    const BaselineComparison comparison = compare_with_baseline(baseline, sample.result, sample.inventory);
    EXPECT_EQ(comparison.states.front(), BaselineState::unchanged);
    EXPECT_EQ(comparison.states.back(), BaselineState::added);
    EXPECT_TRUE(comparison.resolved.empty());
}

TEST(BaselineComparison, CountsReadWithThousandsSeparators) {
    BaselineComparison comparison;
    comparison.added = 1200;
    comparison.unchanged = 48907;
    comparison.resolved.resize(3);
    EXPECT_EQ(change_counts(comparison), "1,200 new, 48,907 unchanged, 3 resolved");
}

}  // namespace
}  // namespace upgrade_risk::reports
