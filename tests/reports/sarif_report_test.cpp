#include "reports/sarif_report.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace upgrade_risk::reports
