#include "reports/sarif_report.h"

#include <gtest/gtest.h>

#include "reports/json_writer.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

TEST(JsonWriter, NestsAndEscapes) {
    JsonWriter json;
    json.begin_object();
    json.key("a\"b").value("line\nnext\x01");
    json.key("list").string_array({"x", "y"});
    json.key("empty").begin_array();
    json.end_array();
    json.key("n").value(std::int64_t{-3});
    json.end_object();
    EXPECT_EQ(json.finish(),
              "{\n  \"a\\\"b\": \"line\\nnext\\u0001\",\n  \"list\": [\n    \"x\",\n    \"y\"\n  ],\n"
              "  \"empty\": [],\n  \"n\": -3\n}\n");
}

TEST(ArtifactUri, RelativePathsStayRelativeAndAreEncoded) {
    EXPECT_EQ(artifact_uri("plans/org inventory.xml"), "plans/org%20inventory.xml");
    EXPECT_EQ(artifact_uri("a#b?.xml"), "a%23b%3F.xml");
    EXPECT_EQ(artifact_uri("/nonexistent-root/x.xml").rfind("file:///", 0), 0u);
}

TEST(SarifReport, LocatesResultsAndLinksRulesToKb) {
    const auto sample = testing::make_sample_report();
    const std::string sarif = render_sarif(sample.input()).content;
    EXPECT_NE(sarif.find("\"version\": \"2.1.0\""), std::string::npos);
    EXPECT_NE(sarif.find("\"helpUri\": \"https://support.microsoft.com/kb/195908\""), std::string::npos);
    EXPECT_NE(sarif.find("\"name\": \"BackoutBreaksIntersiteReplication\""), std::string::npos);
    EXPECT_NE(sarif.find("\"uri\": \"plans/org%20inventory.xml\""), std::string::npos);
    EXPECT_NE(sarif.find("\"startLine\": 5,\n                  \"startColumn\": 7"), std::string::npos) << sarif;
    EXPECT_NE(sarif.find("\"upgradeRisk/v1\": \"backout-breaks-intersite-replication|redmond|servera|"
                         "redmond-paris drc\""),
              std::string::npos);
    EXPECT_EQ(sarif.find("baselineState"), std::string::npos);
}

TEST(SarifReport, CarriesBaselineStates) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    const std::string sarif = render_sarif(sample.input()).content;
    EXPECT_NE(sarif.find("\"baselineState\": \"unchanged\""), std::string::npos);
    EXPECT_NE(sarif.find("\"baselineState\": \"new\""), std::string::npos);
    EXPECT_NE(sarif.find("\"baselineState\": \"absent\""), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
