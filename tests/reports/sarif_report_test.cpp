#include "reports/sarif_report.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "tests/analyzer/test_inventory.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

TEST(ArtifactUri, RelativePathsStayRelativeAndAreEncoded) {
    EXPECT_EQ(artifact_uri("plans/org inventory.xml"), "plans/org%20inventory.xml");
    EXPECT_EQ(artifact_uri("a#b?.xml"), "a%23b%3F.xml");
    EXPECT_EQ(artifact_uri("/nonexistent-root/x.xml").rfind("file:///", 0), 0u);
}

TEST(SarifReport, LocatesResultsAndLinksRulesToKb) {
    const auto sample = testing::make_sample_report();
    const std::string sarif = render_to_string(render_sarif, sample.input()).content;
    EXPECT_NE(sarif.find("\"version\": \"2.1.0\""), std::string::npos);
    EXPECT_NE(sarif.find("\"helpUri\": \"https://support.microsoft.com/kb/195908\""), std::string::npos);
    EXPECT_NE(sarif.find("\"name\": \"BackoutBreaksIntersiteReplication\""), std::string::npos);
    EXPECT_NE(sarif.find("\"uri\": \"awkward-names.xml\""), std::string::npos);
    // SERVERA is declared on line 8, column 7 of the fixture.
    EXPECT_NE(sarif.find("\"startLine\": 8,\n                  \"startColumn\": 7"), std::string::npos) << sarif;
    EXPECT_NE(sarif.find("\"upgradeRisk/v1\": \"backout-breaks-intersite-replication|redmond|servera|"
                         "redmond-paris drc\""),
              std::string::npos);
    EXPECT_EQ(sarif.find("baselineState"), std::string::npos);
}

TEST(SarifReport, CarriesBaselineStates) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    const std::string sarif = render_to_string(render_sarif, sample.input()).content;
    EXPECT_NE(sarif.find("\"baselineState\": \"unchanged\""), std::string::npos);
    EXPECT_NE(sarif.find("\"baselineState\": \"new\""), std::string::npos);
    EXPECT_NE(sarif.find("\"baselineState\": \"absent\""), std::string::npos);
}

TEST(SarifReport, AResolvedResultKeepsItsLastKnownLocation) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    ASSERT_EQ(sample.context.baseline->resolved.size(), 2u);
    // SERVERA's user-creation finding, at its <server> in awkward-names-before.xml.
    const inventory::SourceLocation last = sample.context.baseline->resolved.front().location;
    EXPECT_EQ(last.line, 8u);
    EXPECT_EQ(last.column, 7u);
    const std::string sarif = render_to_string(render_sarif, sample.input()).content;
    const std::size_t resolved = sarif.find("Resolved since the baseline: ");
    ASSERT_NE(resolved, std::string::npos) << sarif;
    const std::string result = sarif.substr(resolved, sarif.find("\"absent\"", resolved) - resolved);
    EXPECT_NE(result.find("\"uri\": \"awkward-names.xml\""), std::string::npos) << result;
    EXPECT_NE(result.find("\"startLine\": 8,\n                  \"startColumn\": 7"), std::string::npos) << result;
}

TEST(SarifReport, ColumnsAreCodePointsAndSaySo) {
    const std::string xml = testing::inventory_xml(
        testing::site("Zürich Straße Größe", testing::server("A", "4.0", 4) + testing::server("B", "5.5")) +
            testing::site("P", testing::server("D", "5.5")) + testing::drc("R-P", "Zürich Straße Größe", "A", "P", "D"),
        testing::rollout(testing::wave("W", "A")));
    const testing::Analysed analysed(xml);
    ASSERT_FALSE(analysed.findings.empty());
    ASSERT_EQ(analysed.findings.front().rule_id(), "backout-breaks-intersite-replication");
    // A's <server> follows four two-byte characters on its line: its column in code points is
    // four less than in bytes.
    const std::string before = xml.substr(0, xml.find("<server name=\"A\""));
    const auto code_points = static_cast<std::size_t>(
        std::count_if(before.begin(), before.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    ASSERT_EQ(before.size() - code_points, 4u);
    ReportContext context;
    const std::string sarif = render_to_string(render_sarif, {analysed.inventory, analysed, context}).content;
    EXPECT_NE(sarif.find("\"columnKind\": \"unicodeCodePoints\""), std::string::npos);
    // The first result is the critical finding on A.
    const std::size_t column = sarif.find("\"startColumn\": ");
    ASSERT_NE(column, std::string::npos);
    EXPECT_EQ(sarif.substr(column, sarif.find('\n', column) - column),
              "\"startColumn\": " + std::to_string(code_points + 1));
}

}  // namespace
}  // namespace upgrade_risk::reports
