#include "analyzer/simulation.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::inventory_xml;
using testing::load;
using testing::rollout;
using testing::server;
using testing::site;
using testing::wave;

const std::string kSites = site("S", server("A", "4.0") + server("B", "4.0") + server("C", "5.0") +
                                         server("D", "5.5")) +
                           site("T", server("E", "4.0", 1));

TEST(RolloutSimulation, WithoutARolloutEveryServerBelow55IsNextAgainstToday) {
    const auto inventory = load(inventory_xml(kSites));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    ASSERT_EQ(simulation.evaluations().size(), 4u);  // A, B, C, E; D already runs 5.5.
    const auto& a = simulation.evaluations()[0];
    EXPECT_FALSE(a.wave);
    EXPECT_EQ(a.peers_on_5_5, 1u);
    EXPECT_TRUE(a.exposed());
    EXPECT_FALSE(simulation.evaluations()[2].exposed());  // C runs 5.0 already.
    EXPECT_EQ(simulation.evaluations()[3].peers_on_5_5, 0u);
    EXPECT_EQ(simulation.evaluations()[3].site_below_4_0_sp2, 1u);
}

TEST(RolloutSimulation, EarlierAndSameWaveServersCountAsUpgraded) {
    const auto inventory =
        load(inventory_xml(site("S", server("A", "4.0") + server("B", "4.0") + server("C", "4.0")),
                           rollout(wave("W1", "A") + wave("W2", "B,C"))));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    ASSERT_EQ(simulation.evaluations().size(), 3u);
    EXPECT_EQ(simulation.evaluations()[0].peers_on_5_5, 0u);  // A goes first, alone.
    EXPECT_EQ(simulation.evaluations()[1].peers_on_5_5, 2u);  // B: A earlier, C same wave.
    EXPECT_EQ(simulation.evaluations()[1].peers_before_wave, 1u);  // A only.
    EXPECT_EQ(simulation.evaluations()[2].peers_on_5_5, 2u);
    EXPECT_EQ(simulation.wave_reaching(0, inventory::Version::v5_5), 0u);
    EXPECT_EQ(simulation.wave_reaching(2, inventory::Version::v5_5), 1u);
}

TEST(RolloutSimulation, A50ServerIsNoPeerAndAServerInNoWaveStays) {
    const auto inventory = load(inventory_xml(
        site("S", server("A", "4.0") + server("B", "4.0") + server("C", "5.0")),
        "<rollout target-version=\"5.5\"><wave name=\"W1\"><upgrade server=\"B\" "
        "to-version=\"5.0\"/></wave><wave name=\"W2\"><upgrade server=\"A\"/></wave></rollout>"));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    ASSERT_EQ(simulation.evaluations().size(), 2u);
    EXPECT_EQ(simulation.evaluations()[0].confidence(), Confidence::inferred);
    EXPECT_EQ(simulation.evaluations()[1].peers_on_5_5, 0u);  // B and C run 5.0 only.
    EXPECT_EQ(simulation.wave_reaching(1, inventory::Version::v5_0), 0u);
    EXPECT_FALSE(simulation.wave_reaching(2, inventory::Version::v5_5));
}

TEST(RolloutSimulation, ServersOn55ListsTodayFirstAndCanLeaveOutTheSameWave) {
    const auto inventory = load(inventory_xml(
        site("S", server("A", "4.0") + server("B", "4.0") + server("C", "5.5") + server("D", "4.0")),
        rollout(wave("W1", "B") + wave("W2", "A,D"))));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    EXPECT_EQ(simulation.servers_on_5_5(0, 1, 0, true, 5), (std::vector<inventory::ServerId>{2, 1, 3}));
    EXPECT_EQ(simulation.servers_on_5_5(0, 1, 0, false, 5), (std::vector<inventory::ServerId>{2, 1}));
    EXPECT_EQ(simulation.servers_on_5_5(0, std::nullopt, 0, true, 5),
              (std::vector<inventory::ServerId>{2}));
    EXPECT_EQ(simulation.servers_on_5_5(0, 1, 0, true, 1), (std::vector<inventory::ServerId>{2}));
    EXPECT_EQ(simulation.on_5_5_today(0), 1u);
}

/// The names of the servers for_each_on_5_0 visits in `site` at the moment of `wave`.
std::vector<std::string> on_5_0(const inventory::Inventory& inventory,
                                const RolloutSimulation& simulation, inventory::SiteId site,
                                std::optional<std::size_t> wave) {
    std::vector<std::string> names;
    simulation.for_each_on_5_0(
        site, wave, [&](inventory::ServerId id) { names.push_back(inventory.servers[id].name); });
    return names;
}

TEST(RolloutSimulation, ServersOn50CountFromTheWaveTheyReachItUntilTheWaveTheyLeaveIt) {
    // S: B runs 5.0 and stays; C runs 5.0 and goes to 5.5 in W2; A goes from 4.0 to 5.0 in W2;
    // D goes straight to 5.5 in W1. T's E goes from 4.0 to 5.0 in W3.
    const auto inventory = load(inventory_xml(
        site("S",
             server("A", "4.0") + server("B", "5.0") + server("C", "5.0") + server("D", "4.0")) +
            site("T", server("E", "4.0")),
        "<rollout target-version=\"5.5\"><wave name=\"W1\"><upgrade server=\"D\"/></wave>"
        "<wave name=\"W2\"><upgrade server=\"A\" to-version=\"5.0\"/><upgrade server=\"C\"/></wave>"
        "<wave name=\"W3\"><upgrade server=\"E\" to-version=\"5.0\"/></wave></rollout>"));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    using Names = std::vector<std::string>;
    EXPECT_EQ(on_5_0(inventory, simulation, 0, 0), (Names{"B", "C"}));
    // In W2 C leaves 5.0 and A reaches it: either may be on 5.0 during the wave.
    EXPECT_EQ(on_5_0(inventory, simulation, 0, 1), (Names{"A", "B", "C"}));
    EXPECT_EQ(on_5_0(inventory, simulation, 0, 2), (Names{"A", "B"}));
    EXPECT_TRUE(on_5_0(inventory, simulation, 1, 1).empty());
    EXPECT_EQ(on_5_0(inventory, simulation, 1, 2), (Names{"E"}));
    EXPECT_EQ(on_5_0(inventory, simulation, 0, std::nullopt), (Names{"B", "C"}));  // today
}

TEST(RolloutSimulation, WithoutARolloutTheServersOn50AreTodays) {
    const auto inventory = load(inventory_xml(kSites));
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    EXPECT_EQ(on_5_0(inventory, simulation, 0, std::nullopt), std::vector<std::string>{"C"});
    EXPECT_TRUE(on_5_0(inventory, simulation, 1, std::nullopt).empty());
}

}  // namespace
}  // namespace upgrade_risk::analyzer
