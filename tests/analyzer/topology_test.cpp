#include "analyzer/topology.h"

#include <gtest/gtest.h>

#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::inventory_xml;
using testing::load;
using testing::mail;
using testing::server;
using testing::site;

/// The sites' names, as the inventory spells them.
std::vector<std::string> site_names_of(const inventory::Inventory& inventory,
                               const std::vector<inventory::SiteId>& sites) {
    std::vector<std::string> result;
    for (const auto site : sites) result.push_back(inventory.sites[site].name);
    return result;
}

// The Q169653 tree A-B, B-C, B-D, D-E, one server per site (2 in D).
inventory::Inventory q169653_tree() {
    return load(inventory_xml(
        site("A", server("A1", "5.5", 2, 1)) + site("B", server("B1", "4.0", 4, 2)) +
        site("C", server("C1", "5.5", 2, 4)) +
        site("D", server("D1", "5.5", 2, 8) + server("D2", "5.5", 2, 16)) +
        site("E", server("E1", "5.5", 2, 32)) + drc("A-B", "A", "A1", "B", "B1") +
        drc("B-C", "B", "B1", "C", "C1") + drc("B-D", "B", "B1", "D", "D1") +
        drc("D-E", "D", "D2", "E", "E1")));
}

TEST(Topology, BridgeheadOfBToDCutsOffDAndE) {
    const auto inventory = q169653_tree();
    const Topology topology(inventory);
    const ConnectorId b_d[] = {2};
    const Impact impact = topology.cut_off_by(1, b_d);
    EXPECT_EQ(site_names_of(inventory, impact.sites_cut_off), (std::vector<std::string>{"D", "E"}));
    EXPECT_EQ(impact.servers_cut_off, 3u);
    EXPECT_EQ(impact.mailboxes_cut_off, 8u + 16u + 32u);
    EXPECT_EQ(impact.connectors, (std::vector<ConnectorId>{2}));
}

TEST(Topology, BridgeheadTowardsTheRootCutsOffEverythingBehindIt) {
    const auto inventory = q169653_tree();
    const Topology topology(inventory);
    const ConnectorId b_d[] = {2};
    // From D's side of B-D, the far side is A, B and C.
    EXPECT_EQ(site_names_of(inventory, topology.cut_off_by(3, b_d).sites_cut_off), (std::vector<std::string>{"A", "B", "C"}));
    const ConnectorId d_e[] = {3};
    EXPECT_EQ(site_names_of(inventory, topology.cut_off_by(4, d_e).sites_cut_off),
              (std::vector<std::string>{"A", "B", "C", "D"}));
}

TEST(Topology, AllConnectorsOfABridgeheadTogether) {
    const auto inventory = q169653_tree();
    const Topology topology(inventory);
    EXPECT_EQ(topology.bridged_connectors(1).size(), 3u);
    const Impact impact = topology.cut_off_by(1, topology.bridged_connectors(1));
    EXPECT_EQ(site_names_of(inventory, impact.sites_cut_off), (std::vector<std::string>{"A", "C", "D", "E"}));
    EXPECT_TRUE(topology.replication_cycles().empty());
    EXPECT_EQ(topology.components().size(), 1u);
}

std::string chain_site(int i) { return std::string(i < 10 ? "S0" : "S") + std::to_string(i); }

// A chain of 60 sites S00-S01-...-S59, one server each, S<i> with i mailboxes.
inventory::Inventory chain_of_60() {
    std::string organization;
    for (int i = 0; i < 60; ++i) {
        organization += site(chain_site(i), server("X" + chain_site(i), "5.5", 2, i));
    }
    for (int i = 0; i + 1 < 60; ++i) {
        const std::string a = chain_site(i);
        const std::string b = chain_site(i + 1);
        organization += drc(a + "-" + b, a, "X" + a, b, "X" + b);
    }
    return load(inventory_xml(organization));
}

std::vector<std::string> chain_names(int first, int last) {
    std::vector<std::string> names;
    for (int i = first; i <= last; ++i) names.push_back(chain_site(i));
    return names;
}

TEST(Topology, ALongFarSideIsCountedWholeAndNamesItsNearestSites) {
    const auto inventory = chain_of_60();
    const Topology topology(inventory);
    // From the root end: the far side is the subtree S01..S59; the nearest 50 are named.
    const ConnectorId first[] = {0};
    const Impact down = topology.cut_off_by(0, first);
    EXPECT_EQ(down.sites_cut_off_count, 59u);
    EXPECT_EQ(down.servers_cut_off, 59u);
    EXPECT_EQ(down.mailboxes_cut_off, 59u * 60u / 2u);
    EXPECT_EQ(site_names_of(inventory, down.sites_cut_off), chain_names(1, kSitesNamed));
    EXPECT_EQ(sites_cut_off_text(down, inventory).substr(0, 12), "S01, S02, S0");
    EXPECT_TRUE(sites_cut_off_text(down, inventory).ends_with("S49, S50 and 9 more sites"));
    EXPECT_EQ(sites_cut_off_text(down, inventory, nullptr, 2), "S01, S02 and 57 more sites");
    // From the other end: the far side is everything but the subtree, S00..S58.
    const ConnectorId last[] = {58};
    const Impact up = topology.cut_off_by(59, last);
    EXPECT_EQ(up.sites_cut_off_count, 59u);
    EXPECT_EQ(up.mailboxes_cut_off, 58u * 59u / 2u);
    EXPECT_EQ(site_names_of(inventory, up.sites_cut_off), chain_names(58 - kSitesNamed + 1, 58));
    // In the middle both branches count; the nearest on each side come first.
    const ConnectorId both[] = {29, 30};
    const Impact middle = topology.cut_off_by(30, both);
    EXPECT_EQ(middle.sites_cut_off_count, 59u);
    std::vector<std::string> nearest = chain_names(5, 29);  // 25 on each side of S30
    for (const auto& name : chain_names(31, 55)) nearest.push_back(name);
    EXPECT_EQ(site_names_of(inventory, middle.sites_cut_off), nearest);
}

TEST(Topology, AShortFarSideIsNamedWhole) {
    const auto inventory = q169653_tree();
    const Topology topology(inventory);
    const ConnectorId b_d[] = {2};
    const Impact impact = topology.cut_off_by(1, b_d);
    EXPECT_EQ(impact.sites_cut_off_count, 2u);
    EXPECT_EQ(sites_cut_off_text(impact, inventory), "D and E");
}

TEST(Topology, FindsOneCycleNamingItsConnectors) {
    const auto inventory = load(inventory_xml(
        site("X", server("X1", "5.5")) + site("Y", server("Y1", "5.5")) +
        site("Z", server("Z1", "5.5")) + site("W", server("W1", "5.5")) +
        drc("X-Y", "X", "X1", "Y", "Y1") + drc("Y-Z", "Y", "Y1", "Z", "Z1") +
        drc("Z-X", "Z", "Z1", "X", "X1") + drc("Z-W", "Z", "Z1", "W", "W1")));
    const Topology topology(inventory);
    ASSERT_EQ(topology.replication_cycles().size(), 1u);
    EXPECT_EQ(topology.replication_cycles()[0], (std::vector<ConnectorId>{0, 1, 2}));
    EXPECT_TRUE(topology.components()[0].has_cycle);
    // With a cycle, removing X-Y cuts nothing off: Y is still reached through Z.
    const ConnectorId x_y[] = {0};
    EXPECT_TRUE(topology.cut_off_by(0, x_y).sites_cut_off.empty());
    const ConnectorId z_w[] = {3};
    EXPECT_EQ(site_names_of(inventory, topology.cut_off_by(2, z_w).sites_cut_off), (std::vector<std::string>{"W"}));
}

TEST(Topology, MainComponentHasTheMostServersAndTiesGoToTheFirstInTheFile) {
    const auto inventory = load(inventory_xml(
        site("P", server("P1", "5.5")) + site("Q", server("Q1", "5.5")) +
        site("R", server("R1", "5.5") + server("R2", "5.5")) + site("S", server("S1", "5.5")) +
        drc("P-Q", "P", "P1", "Q", "Q1") + drc("R-S", "R", "R1", "S", "S1")));
    const Topology topology(inventory);
    ASSERT_EQ(topology.components().size(), 2u);
    EXPECT_EQ(topology.main_component(), 1u);
    EXPECT_EQ(topology.components()[1].servers, 3u);
    EXPECT_EQ(topology.component_of(3), 1u);

    const auto tie = load(inventory_xml(site("P", server("P1", "5.5")) +
                                        site("Q", server("Q1", "5.5"))));
    EXPECT_EQ(Topology(tie).main_component(), 0u);
}

TEST(Topology, MailRoutesAreTransitive) {
    const auto inventory = load(inventory_xml(
        site("A", server("A1", "5.5")) + site("B", server("B1", "5.5")) +
        site("C", server("C1", "5.5")) + site("D", server("D1", "5.5")) + mail("A", "B") +
        mail("B", "C")));
    const Topology topology(inventory);
    EXPECT_TRUE(topology.mail_route_between(0, 2));
    EXPECT_FALSE(topology.mail_route_between(0, 3));
}

}  // namespace
}  // namespace upgrade_risk::analyzer
