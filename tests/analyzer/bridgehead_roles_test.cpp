// BridgeheadRoles: who bridges what today, and at each wave as the rollout's moves leave it.
#include "analyzer/bridgehead_roles.h"

#include <gtest/gtest.h>

#include <vector>

#include "analyzer/simulation.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::inventory_xml;
using testing::load;
using testing::server;
using testing::site;

/// Site S: A (0) bridges S-T and S-U today, B (1) and C (2) none; T1 (3) and U1 (4) are the
/// other ends. W1 moves S-T to B; W2 nothing; W3 moves S-T on to C and S-U to B.
const std::string kXml = inventory_xml(
    site("S", server("A", "4.0") + server("B", "5.5") + server("C", "5.5")) + site("T", server("T1", "4.0")) +
        site("U", server("U1", "4.0")) + drc("S-T", "S", "A", "T", "T1") + drc("S-U", "S", "A", "U", "U1"),
    "<rollout target-version=\"5.5\">"
    "<wave name=\"W1\"><move-bridgehead connector=\"S-T\" site=\"S\" to=\"B\"/><upgrade server=\"T1\"/></wave>"
    "<wave name=\"W2\"><upgrade server=\"U1\"/></wave>"
    "<wave name=\"W3\"><move-bridgehead connector=\"S-T\" site=\"S\" to=\"C\"/>"
    "<move-bridgehead connector=\"S-U\" site=\"S\" to=\"B\"/><upgrade server=\"A\"/></wave></rollout>");

std::vector<ConnectorId> bridged(const BridgeheadRoles& roles, inventory::ServerId server,
                                 std::optional<std::size_t> wave) {
    const auto span = roles.bridged(server, wave);
    return {span.begin(), span.end()};
}

using Ids = std::vector<ConnectorId>;

TEST(BridgeheadRoles, TodayIsTheInventorysBridgeheads) {
    const auto inventory = load(kXml);
    const Topology topology(inventory);
    const BridgeheadRoles roles(inventory, topology);
    EXPECT_EQ(bridged(roles, 0, std::nullopt), (Ids{0, 1}));
    EXPECT_EQ(bridged(roles, 1, std::nullopt), Ids{});
    EXPECT_EQ(roles.bridgehead(0, 0, std::nullopt), 0u);
    EXPECT_EQ(roles.bridgehead(0, 1, std::nullopt), 3u);
}

TEST(BridgeheadRoles, AWavesMovesApplyFromThatWaveOn) {
    const auto inventory = load(kXml);
    const Topology topology(inventory);
    const BridgeheadRoles roles(inventory, topology);
    EXPECT_EQ(bridged(roles, 0, 0), (Ids{1}));  // A hands S-T to B before W1
    EXPECT_EQ(bridged(roles, 1, 0), (Ids{0}));
    EXPECT_EQ(bridged(roles, 0, 1), (Ids{1}));  // W2 moves nothing: as W1 left it
    EXPECT_EQ(bridged(roles, 1, 1), (Ids{0}));
    EXPECT_EQ(roles.bridgehead(0, 0, 1), 1u);
    EXPECT_EQ(roles.bridgehead(0, 1, 1), 3u);  // the other end never moves
}

TEST(BridgeheadRoles, AServerGainsAndLosesRolesInOneWave) {
    const auto inventory = load(kXml);
    const Topology topology(inventory);
    const BridgeheadRoles roles(inventory, topology);
    EXPECT_EQ(bridged(roles, 0, 2), Ids{});    // A, upgraded in W3, bridges nothing by then
    EXPECT_EQ(bridged(roles, 1, 2), (Ids{1}));  // B loses S-T to C and gains S-U
    EXPECT_EQ(bridged(roles, 2, 2), (Ids{0}));
    EXPECT_EQ(roles.bridgehead(0, 0, 2), 2u);
    EXPECT_EQ(roles.bridgehead(1, 0, 2), 1u);
    EXPECT_EQ(roles.bridgehead(1, 0, 1), 0u);
}

TEST(BridgeheadRoles, TheSimulationJudgesAnUpgradeAgainstTheRolesOfItsWave) {
    const auto inventory = load(kXml);
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory, topology);
    const UpgradeEvaluation* a = simulation.upgrade_of(0);
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(simulation.bridged_by(*a).empty());
    EXPECT_EQ(topology.bridged_connectors(0).size(), 2u);  // today's, as the topology has them
}

}  // namespace
}  // namespace upgrade_risk::analyzer
