// The four outcomes of Q195908 and the Q156063 order rule, on small inventories.
#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::findings_of;
using testing::inventory_xml;
using testing::load;
using testing::server;
using testing::site;

const std::string kMedia =
    "<media><kit version=\"4.0\" service-pack=\"4\" authrest=\"true\"/></media>";

testing::Analysed run(const std::string& organization, const std::string& rest = kMedia) {
    return testing::Analysed(inventory_xml(organization, rest));
}

// Site R: A (bridgehead, 4.0), B (5.5), C (4.0); site P: D (bridgehead, alone).
const std::string kQ195908 =
    site("R", server("A", "4.0") + server("B", "5.5") + server("C", "4.0")) +
    site("P", server("D", "4.0")) + drc("R-P", "R", "A", "P", "D");

TEST(BackoutRules, BridgeheadWithA55PeerIsCritical) {
    const auto result = run(kQ195908);
    const auto critical = findings_of(result, "backout-breaks-intersite-replication");
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_EQ(critical[0].server, 0u);
    EXPECT_EQ(critical[0].severity, Severity::critical);
    EXPECT_EQ(critical[0].confidence, Confidence::documented);
    EXPECT_EQ(critical[0].kb.front(), "Q195908");
    ASSERT_TRUE(critical[0].impact);
    EXPECT_EQ(critical[0].impact->sites_cut_off, (std::vector<std::string>{"P"}));
    ASSERT_EQ(critical[0].prerequisites.size(), 3u);
    EXPECT_EQ(critical[0].mitigations.front().id, "move-bridgehead");
    EXPECT_NE(critical[0].mitigations.front().text.find("to B,"), std::string::npos);
}

TEST(BackoutRules, TheTitleCountsTheSitesCutOffWhenTheyAreMany) {
    // Hub site H (bridgehead A on 4.0, B on 5.5) with seven spoke sites.
    std::string sites = site("H", server("A", "4.0") + server("B", "5.5"));
    std::string connectors;
    for (int i = 1; i <= 7; ++i) {
        const std::string spoke = "P" + std::to_string(i);
        sites += site(spoke, server("D" + std::to_string(i), "5.5", 2, 100));
        connectors += drc("H-" + spoke, "H", "A", spoke, "D" + std::to_string(i));
    }
    const std::string organization = sites + connectors;
    const auto result = run(organization);
    const auto critical = findings_of(result, "backout-breaks-intersite-replication");
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_TRUE(critical[0].title.ends_with(
        "stops, cutting off 7 sites (7 servers, 700 mailboxes)."))
        << critical[0].title;
    EXPECT_EQ(critical[0].impact->sites_cut_off.size(), 7u);
}

TEST(BackoutRules, NonBridgeheadWithA55PeerIsLow) {
    const auto result = run(kQ195908);
    const auto low = findings_of(result, "backout-misreports-version");
    ASSERT_EQ(low.size(), 1u);
    EXPECT_EQ(low[0].server, 2u);
    EXPECT_EQ(low[0].severity, Severity::low);
}

TEST(BackoutRules, SingleServerSiteGetsBothFindings) {
    const auto result = run(kQ195908);
    const auto single = findings_of(result, "backout-single-server-site");
    ASSERT_EQ(single.size(), 1u);
    EXPECT_EQ(single[0].server, 3u);
    EXPECT_EQ(single[0].connectors, (std::vector<std::string>{"R-P"}));
    const auto blocks = findings_of(result, "backout-blocks-user-creation");
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0].server, 3u);
    EXPECT_EQ(blocks[0].confidence, Confidence::documented);  // D is a bridgehead.
}

TEST(BackoutRules, NoPeerBlocksUserCreationInferredForNonBridgeheads) {
    const auto result = run(site("R", server("A", "4.0") + server("C", "4.0") + server("F", "5.0")) +
                            site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D"));
    const auto blocks = findings_of(result, "backout-blocks-user-creation");
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].server, 0u);
    EXPECT_EQ(blocks[0].confidence, Confidence::documented);
    EXPECT_EQ(blocks[1].server, 1u);
    EXPECT_EQ(blocks[1].confidence, Confidence::inferred);
    EXPECT_TRUE(findings_of(result, "backout-breaks-intersite-replication").empty());
}

TEST(BackoutRules, FourToFiveIsInferredAndFiveToFiveFiveIsNotExposed) {
    const auto result = run(
        site("R", server("A", "4.0") + server("B", "5.5") + server("E", "5.0")) +
            site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D"),
        kMedia + "<rollout target-version=\"5.5\"><wave name=\"W\"><upgrade server=\"A\" "
                 "to-version=\"5.0\"/><upgrade server=\"E\"/></wave></rollout>");
    const auto critical = findings_of(result, "backout-breaks-intersite-replication");
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_EQ(critical[0].confidence, Confidence::inferred);
    for (const Finding& finding : result.findings) EXPECT_NE(finding.server, 2u) << finding.rule_id();
}

TEST(BackoutRules, AFourToFiveBackoutShowsTheServerAsFiveNotFiveFive) {
    const auto result = run(
        site("R", server("A", "4.0") + server("B", "5.5") + server("C", "4.0")) +
            site("P", server("D", "4.0")) + drc("R-P", "R", "A", "P", "D"),
        kMedia + "<rollout target-version=\"5.0\"><wave name=\"W\"><upgrade server=\"C\"/>"
                 "<upgrade server=\"D\"/></wave></rollout>");
    const auto low = findings_of(result, "backout-misreports-version");
    ASSERT_EQ(low.size(), 1u);
    EXPECT_EQ(low[0].title, "If C's upgrade in W fails and is backed out, the Administrator "
                            "program shows C as 5.0 while it runs 4.0 SP5.");
    EXPECT_EQ(low[0].confidence, Confidence::inferred);
    const auto single = findings_of(result, "backout-single-server-site");
    ASSERT_EQ(single.size(), 1u);
    EXPECT_NE(single[0].title.find("D shows as 5.0 to the rest"), std::string::npos)
        << single[0].title;
}

TEST(BackoutRules, UpgradingTheBridgeheadFirstAvoidsTheCriticalOutcome) {
    const std::string sites = site("R", server("A", "4.0") + server("C", "4.0")) +
                              site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D");
    const auto first = run(sites, kMedia + "<rollout target-version=\"5.5\"><wave name=\"1\">"
                                           "<upgrade server=\"A\"/></wave><wave name=\"2\">"
                                           "<upgrade server=\"C\"/></wave></rollout>");
    EXPECT_TRUE(findings_of(first, "backout-breaks-intersite-replication").empty());
    const auto last = run(sites, kMedia + "<rollout target-version=\"5.5\"><wave name=\"1\">"
                                          "<upgrade server=\"C\"/></wave><wave name=\"2\">"
                                          "<upgrade server=\"A\"/></wave></rollout>");
    const auto critical = findings_of(last, "backout-breaks-intersite-replication");
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_EQ(critical[0].wave, 1u);
    ASSERT_EQ(critical[0].mitigations.size(), 2u);
    EXPECT_EQ(critical[0].mitigations[1].id, "upgrade-bridgehead-first");
}

TEST(BackoutRules, CutOffFiguresNextToACycleAreFlaggedUnreliable) {
    const auto result = run(
        site("R", server("A", "4.0") + server("B", "5.5")) + site("P", server("D", "5.5")) +
        site("Q", server("E", "5.5")) + drc("R-P", "R", "A", "P", "D") +
        drc("P-Q", "P", "D", "Q", "E") + drc("Q-R", "Q", "E", "R", "B"));
    const auto critical = findings_of(result, "backout-breaks-intersite-replication");
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_NE(critical[0].evidence.back().find("unreliable"), std::string::npos)
        << critical[0].evidence.back();
    EXPECT_EQ(findings_of(result, "topology-duplicate-replication-route").size(), 1u);
}

TEST(UpgradeOrderRule, NonBridgeheadBeforeBridgeheadBelowSp2) {
    const std::string sites = site("M", server("H", "4.0", 1) + server("N", "4.0", 1)) +
                              site("R", server("R1", "5.0", 2)) + drc("M-R", "M", "H", "R", "R1");
    const auto late = run(sites, "<rollout target-version=\"5.0\"><wave name=\"1\"><upgrade "
                                 "server=\"N\"/></wave><wave name=\"2\"><upgrade server=\"H\"/>"
                                 "</wave></rollout>");
    const auto order = findings_of(late, "upgrade-order-bridgehead-first");
    ASSERT_EQ(order.size(), 1u);
    EXPECT_EQ(order[0].server, 0u);
    EXPECT_EQ(order[0].wave, 0u);
    EXPECT_EQ(order[0].confidence, Confidence::documented);

    const auto same = run(sites, "<rollout target-version=\"5.0\"><wave name=\"1\"><upgrade "
                                 "server=\"N\"/><upgrade server=\"H\"/></wave></rollout>");
    EXPECT_TRUE(findings_of(same, "upgrade-order-bridgehead-first").empty());

    const std::string sp2 = site("M", server("H", "4.0", 2) + server("N", "4.0", 2)) +
                            site("R", server("R1", "5.0", 2)) + drc("M-R", "M", "H", "R", "R1");
    const auto fine = run(sp2, "<rollout target-version=\"5.5\"><wave name=\"1\"><upgrade "
                               "server=\"N\"/></wave><wave name=\"2\"><upgrade server=\"H\"/>"
                               "</wave></rollout>");
    EXPECT_TRUE(findings_of(fine, "upgrade-order-bridgehead-first").empty());
}

TEST(UpgradeOrderRule, InferredForFiveFiveAndABridgeheadLeftOutCounts) {
    const std::string sites = site("M", server("H", "4.0", 1) + server("N", "4.0", 1)) +
                              site("R", server("R1", "5.0", 2)) + drc("M-R", "M", "H", "R", "R1");
    const auto result = run(sites, "<rollout target-version=\"5.5\"><wave name=\"1\"><upgrade "
                                   "server=\"N\"/></wave></rollout>");
    const auto order = findings_of(result, "upgrade-order-bridgehead-first");
    ASSERT_EQ(order.size(), 1u);
    EXPECT_EQ(order[0].server, 0u);
    EXPECT_EQ(order[0].confidence, Confidence::inferred);
    EXPECT_EQ(order[0].title,
              "Bridgehead H is not in the rollout, after N of site M goes to 5.5 in 1; "
              "directory replication stops until H is upgraded.");
}

TEST(UpgradeOrderRule, ABridgeheadPlannedOnlyToA40ServicePackStaysOn40) {
    const std::string sites = site("M", server("H", "4.0", 1) + server("N", "4.0", 1)) +
                              site("R", server("R1", "5.5", 2)) + drc("M-R", "M", "H", "R", "R1");
    const auto result = run(sites, "<rollout target-version=\"5.0\" target-service-pack=\"2\">"
                                   "<wave name=\"W1\"><upgrade server=\"N\"/><upgrade server=\"H\" "
                                   "to-version=\"4.0\" to-service-pack=\"2\"/></wave></rollout>");
    const auto order = findings_of(result, "upgrade-order-bridgehead-first");
    ASSERT_EQ(order.size(), 1u);
    EXPECT_EQ(order[0].title,
              "Bridgehead H stays on 4.0 (its upgrade in W1 goes to 4.0 SP2), after N of site M "
              "goes to 5.0 SP2 in W1; directory replication stops until H is upgraded.");
}

// A 5.5 server beside a bridgehead before its upgrade makes the bridgehead critical, so the
// user-creation advice must not suggest one before a bridgehead's upgrade.
TEST(BackoutRules, AddingA55ServerIsAdvisedOnlyAfterABridgeheadsBackout) {
    const auto result = run(site("S2", server("BH2", "4.0")) + site("S3", server("ONLY", "4.0")) +
                            drc("d23", "S2", "BH2", "S3", "ONLY"));
    const auto high = findings_of(result, "backout-blocks-user-creation");
    ASSERT_EQ(high.size(), 2u);
    for (const auto& finding : high) {
        const auto add = std::find_if(finding.mitigations.begin(), finding.mitigations.end(),
                                      [](const testing::ShownMitigation& m) { return m.id == "add-5.5-server"; });
        ASSERT_NE(add, finding.mitigations.end());
        EXPECT_NE(add->text.find("once it is backed out"), std::string::npos) << add->text;
        EXPECT_NE(add->text.find("Not before its upgrade"), std::string::npos) << add->text;
    }
}

TEST(BackoutRules, ANonBridgeheadMayGoAfterAnotherServerBridgeheadsFirst) {
    const auto result = run(site("R", server("A", "4.0") + server("C", "4.0")) +
                            site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D"));
    const auto high = findings_of(result, "backout-blocks-user-creation");
    const auto c = std::find_if(high.begin(), high.end(), [](const testing::ShownFinding& f) { return f.server == 1u; });
    ASSERT_NE(c, high.end());
    const auto add = std::find_if(c->mitigations.begin(), c->mitigations.end(),
                                  [](const testing::ShownMitigation& m) { return m.id == "add-5.5-server"; });
    ASSERT_NE(add, c->mitigations.end());
    EXPECT_EQ(add->text,
              "Or install a new 5.5 server in site R (or upgrade another of its servers to 5.5 "
              "before C, the site's directory replication bridgeheads first: a bridgehead upgraded "
              "after its site has a 5.5 server risks stopping intersite replication).");
}

}  // namespace
}  // namespace upgrade_risk::analyzer
