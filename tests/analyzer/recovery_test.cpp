#include "analyzer/recovery.h"

#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::inventory_xml;
using testing::load;
using testing::mail;
using testing::server;
using testing::site;

/// S's bridgehead A (4.0 SP4) replicates with T through B; U is joined to nobody.
std::string organization(std::string_view t_servers, std::string_view u_servers,
                         std::string_view schedule = "") {
    std::string connector = drc("S-T", "S", "A", "T", "B");
    if (!schedule.empty()) {
        connector.insert(connector.find('>'), " schedule=\"" + std::string(schedule) + "\"");
    }
    return site("S", server("A", "4.0") + server("P", "5.5")) + site("T", t_servers) +
           site("U", u_servers) + mail("S", "T") + connector;
}

const UpgradeEvaluation& evaluation_of(const AnalysisResult& result, inventory::ServerId server) {
    const UpgradeEvaluation* evaluation = result.context().simulation.upgrade_of(server);
    if (!evaluation) throw std::runtime_error("server not evaluated");
    return *evaluation;
}

TEST(Recovery, A50ServerInASiteJoinedByAConnectorAsksForTheUpdatedSetup) {
    const auto inventory = load(inventory_xml(organization(server("B", "5.0"), server("C", "5.0")),
                                              "<media><kit version=\"5.0\" service-pack=\"2\" "
                                              "location=\"\\\\fs\\50\"/></media>"));
    const AnalysisResult result = analyze(inventory, AnalysisOptions{});
    const RecoveryFacts facts = recovery_facts(result.context(), evaluation_of(result, 0));
    // B (site T, joined by S-T) counts; C's site U is joined to S by no connector.
    ASSERT_EQ(facts.servers_on_5_0.size(), 1u);
    EXPECT_EQ(inventory.servers[facts.servers_on_5_0[0]].name, "B");
    ASSERT_NE(facts.kit_5_0, nullptr);
    const RecoverySteps steps = recovery_steps(result.context(), evaluation_of(result, 0));
    EXPECT_NE(steps.updated_setup.find("B (site T) runs 5.0 in this site or one it replicates with"),
              std::string::npos)
        << steps.updated_setup;
    EXPECT_NE(steps.updated_setup.find("the 5.0 kit at \\\\fs\\50 has it (Q164564"), std::string::npos)
        << steps.updated_setup;
    EXPECT_EQ(steps.keep_in_site,
              "Do not delete A from site S in the Exchange Administrator program, not even to start "
              "afresh: the site's other servers would drop it from the servers they replicate with, "
              "and would not replicate with it once it is restored (Q196406).");
}

TEST(Recovery, WithoutA50ServerThereIsNoSetupStep) {
    const auto inventory = load(inventory_xml(organization(server("B", "5.5"), server("C", "5.0"))));
    const AnalysisResult result = analyze(inventory, AnalysisOptions{});
    const RecoverySteps steps = recovery_steps(result.context(), evaluation_of(result, 0));
    EXPECT_TRUE(steps.updated_setup.empty()) << steps.updated_setup;
}

TEST(Recovery, A50ServerCountsFromTheWaveItReaches50UntilTheWaveItLeaves) {
    // In T, B runs 5.0 and goes to 5.5 in W2; D goes from 4.0 to 5.0 in W2; E goes from 4.0
    // straight to 5.5 in W2, never running 5.0. A's reinstall in W1 meets B only; in W2 B and D
    // (either may be on 5.0 while A is reinstalled); in W3 only D.
    const std::string organization_text = organization(server("B", "5.0") + server("D", "4.0") + server("E", "4.0"),
                                                    server("C1", "4.0") + server("C2", "4.0") + server("C3", "4.0"));
    const auto rollout_with_a_in = [&](const std::string& a_wave) {
        std::string waves;
        for (const std::string name : {"W1", "W2", "W3"}) {
            waves += "<wave name=\"" + name + "\">";
            if (name == "W2") waves += "<upgrade server=\"B\"/><upgrade server=\"D\" to-version=\"5.0\"/><upgrade server=\"E\"/>";
            // Every wave upgrades someone: A, or a server of U, which no connector joins to S.
            waves += "<upgrade server=\"" + (name == a_wave ? std::string("A") : "C" + name.substr(1)) + "\"/>";
            waves += "</wave>";
        }
        return inventory_xml(organization_text, testing::rollout(waves));
    };
    for (const auto& [wave, expected] : {std::pair{"W1", 1u}, {"W2", 2u}, {"W3", 1u}}) {
        const auto inventory = load(rollout_with_a_in(wave));
        const AnalysisResult result = analyze(inventory, AnalysisOptions{});
        const RecoveryFacts facts = recovery_facts(result.context(), evaluation_of(result, 0));
        EXPECT_EQ(facts.servers_on_5_0_count, expected) << "A in " << wave;
        if (std::string(wave) == "W3") {
            ASSERT_EQ(facts.servers_on_5_0.size(), 1u);
            EXPECT_EQ(inventory.servers[facts.servers_on_5_0[0]].name, "D");
        }
    }
}

/// A (bridgehead of S-T, scheduled `schedule`) in W1 at 20:00 on 1 May, C in W2 at `second_start`.
std::string two_waves(std::string_view schedule, std::string_view second_start) {
    return inventory_xml(
        organization(server("B", "5.5"), server("C", "4.0"), schedule),
        testing::rollout("<wave name=\"W1\" start=\"1999-05-01T20:00:00Z\"><upgrade server=\"A\"/></wave>"
                         "<wave name=\"W2\" start=\"" + std::string(second_start) +
                         "\"><upgrade server=\"C\"/></wave>"));
}

TEST(Recovery, AConnectorScheduledNeverAndANextWaveInside16HoursAreNamed) {
    const auto inventory = load(two_waves("never", "1999-05-02T08:00:00Z"));
    const AnalysisResult result = analyze(inventory, AnalysisOptions{});
    const RecoveryFacts facts = recovery_facts(result.context(), evaluation_of(result, 0));
    ASSERT_EQ(facts.never_scheduled.size(), 1u);
    EXPECT_EQ(facts.next_wave_inside_backsync, 1u);
    const RecoverySteps steps = recovery_steps(result.context(), evaluation_of(result, 0));
    EXPECT_NE(steps.backsync.find("for up to 16 hours"), std::string::npos) << steps.backsync;
    EXPECT_NE(steps.backsync.find("S-T is scheduled Never, which makes the full 16 hours likely: set it "
                                  "to Always before the restore."),
              std::string::npos)
        << steps.backsync;
    EXPECT_NE(steps.backsync.find("W2 starts 12 hours after W1, inside those 16 hours"), std::string::npos)
        << steps.backsync;
}

TEST(Recovery, AConnectorScheduledAlwaysAndAWaveADayLaterAreNotNamed) {
    const auto inventory = load(two_waves("always", "1999-05-02T20:00:00Z"));
    const AnalysisResult result = analyze(inventory, AnalysisOptions{});
    const RecoveryFacts facts = recovery_facts(result.context(), evaluation_of(result, 0));
    EXPECT_TRUE(facts.never_scheduled.empty());
    EXPECT_FALSE(facts.next_wave_inside_backsync);
    EXPECT_EQ(inventory.replication_connectors[0].schedule, inventory::ReplicationSchedule::always);
}

}  // namespace
}  // namespace upgrade_risk::analyzer
