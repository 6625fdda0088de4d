// mixed-site-loop-detection-ndr (Q185024): which levels put a bridgehead at risk, and who is
// behind it. The golden case tests/golden/mixed-site-loop has the waves and the wording.
#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::inventory_xml;
using testing::load;
using testing::server;
using testing::site;

/// Site S: bridgehead A (the X.400 connector's server, 4.0 SP4) goes to `target` in W1; B runs
/// `b_version` and is not in the rollout. T is the connector's other end.
std::vector<const Finding*> loop_findings(std::string_view target_sp, std::string_view b_version,
                                          int b_sp, std::vector<Finding>& storage) {
    const auto inventory = load(inventory_xml(
        site("S", server("A", "4.0", 4) + server("B", b_version, b_sp)) + site("T", server("C", "5.5")) +
            "<messaging-connector name=\"S-T\" type=\"x400\"><endpoint site=\"S\" server=\"A\"/>"
            "<endpoint site=\"T\" server=\"C\"/></messaging-connector>",
        "<rollout target-version=\"5.5\" target-service-pack=\"" + std::string(target_sp) +
            "\"><wave name=\"W1\"><upgrade server=\"A\"/></wave></rollout>"));
    storage = analyze(inventory, AnalysisOptions{}).findings;
    std::vector<const Finding*> found;
    for (const Finding& finding : storage) {
        if (finding.rule_id() == "mixed-site-loop-detection-ndr") found.push_back(&finding);
    }
    return found;
}

TEST(MixedSiteLoop, AnEarly55BridgeheadAheadOfA40ServerIsAtRiskUntilAfterTheRollout) {
    std::vector<Finding> storage;
    const auto found = loop_findings("0", "4.0", 4, storage);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->confidence, Confidence::documented);
    EXPECT_EQ(found[0]->severity(), Severity::medium);
    EXPECT_EQ(found[0]->wave, 0u);
    EXPECT_FALSE(found[0]->until_wave);  // B stays on 4.0
    EXPECT_EQ(loop_findings("2", "4.0", 4, storage).at(0)->confidence, Confidence::inferred);
}

TEST(MixedSiteLoop, SP3CarriesTheFixAndA55ServerIsNeverBehind) {
    std::vector<Finding> storage;
    EXPECT_TRUE(loop_findings("3", "4.0", 4, storage).empty());
    EXPECT_TRUE(loop_findings("4", "5.0", 2, storage).empty());
    EXPECT_TRUE(loop_findings("2", "5.5", 0, storage).empty());  // both on 5.5
    EXPECT_EQ(loop_findings("2", "5.0", 2, storage).size(), 1u);  // 5.0 SP2 is an earlier version
}

}  // namespace
}  // namespace upgrade_risk::analyzer
