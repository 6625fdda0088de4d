#include "reports/inventory_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::reports {
namespace {

using testing::drc;
using testing::inventory_xml;
using testing::load;
using testing::server;
using testing::site;
using testing::wave;

TEST(InventoryFacts, ListsABridgeheadsConnectorsInDocumentOrder) {
    const auto inventory = load(inventory_xml(
        site("P", server("P1", "5.5") + server("P2", "5.5")) + site("Q", server("Q1", "5.5")) +
        site("R", server("R1", "5.5")) + drc("Q-P", "Q", "Q1", "P", "P1") +
        drc("P-R", "P", "P1", "R", "R1")));
    const InventoryFacts facts(inventory);
    const auto roles = [&](inventory::ServerId id) {
        const auto names = facts.bridgehead_roles(id);
        return std::vector<std::string>(names.begin(), names.end());
    };
    EXPECT_EQ(roles(0), (std::vector<std::string>{"Q-P", "P-R"}));
    EXPECT_TRUE(roles(1).empty());
    EXPECT_EQ(roles(2), (std::vector<std::string>{"Q-P"}));
    EXPECT_EQ(roles(3), (std::vector<std::string>{"P-R"}));
}

TEST(InventoryFacts, SpansARoleFromTheMoveThatHandsItOverToTheOneThatTakesItAway) {
    // P1 bridges P-Q today; Wave W2 hands the role to P2, W3 back to P1.
    const auto inventory = load(inventory_xml(
        site("P", server("P1", "5.5") + server("P2", "5.5")) + site("Q", server("Q1", "4.0")) +
            site("R", server("R1", "4.0") + server("R2", "4.0")) + drc("P-Q", "P", "P1", "Q", "Q1"),
        "<rollout target-version=\"5.5\">" + wave("W1", "Q1") +
            "<wave name=\"W2\"><move-bridgehead connector=\"P-Q\" site=\"P\" to=\"P2\"/>"
            "<upgrade server=\"R1\"/></wave>"
            "<wave name=\"W3\"><move-bridgehead connector=\"p-q\" site=\"p\" to=\"p1\"/>"
            "<upgrade server=\"R2\"/></wave></rollout>"));
    const InventoryFacts facts(inventory);
    const auto spans = [&](inventory::ServerId id) {
        std::vector<std::string> texts;
        for (const BridgeheadRoleSpan& role : facts.bridgehead_role_spans(id)) {
            texts.push_back(std::string(role.connector) + " [" + std::string(role.from_wave) + ", " +
                            std::string(role.until_wave) + ")");
        }
        return texts;
    };
    EXPECT_EQ(spans(0), (std::vector<std::string>{"P-Q [, W2)", "P-Q [W3, )"}));
    EXPECT_EQ(spans(1), (std::vector<std::string>{"P-Q [W2, W3)"}));
    EXPECT_EQ(spans(2), (std::vector<std::string>{"P-Q [, )"}));
}

}  // namespace
}  // namespace upgrade_risk::reports
