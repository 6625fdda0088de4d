#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {

/// The 16 hours a restored directory may spend in backsync, refusing changes (Q160850).
inline constexpr std::int64_t kBacksyncSeconds = 16 * 3600;

/// What the Q195908 recovery of one server meets besides its three prerequisites, from the
/// articles on restoring a directory: facts, found once, worded by recovery_steps().
struct RecoveryFacts {
    /// Q160850: the replication connectors the server bridges at its moment that are scheduled
    /// "never", which make backsync wait its full 16 hours.
    std::vector<ConnectorId> never_scheduled;
    /// Q160850: the next wave, when it starts less than kBacksyncSeconds after this one.
    std::optional<std::size_t> next_wave_inside_backsync;
    /// Q164564, for a server that runs 4.0: servers on 5.0 in its site or in a site joined to it
    /// by a replication connector, when its wave runs (up to kNamedAtMost of them).
    std::vector<inventory::ServerId> servers_on_5_0;
    std::uint64_t servers_on_5_0_count = 0;
    /// A 5.0 kit, whose Support folder holds the updated 4.0 Setup.exe; nullptr when none is listed.
    const inventory::Kit* kit_5_0 = nullptr;

    static constexpr std::size_t kNamedAtMost = 3;
};

RecoveryFacts recovery_facts(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// "SEA-EX03 (site Seattle) and DEN-EX01 (site Denver) run": the servers on 5.0 of the facts.
std::string servers_on_5_0_text(const RuleContext& context, const RecoveryFacts& facts);

/// The recovery steps those facts add, in plain words with the real names and their KB number.
struct RecoverySteps {
    /// Q196406, the first step: do not delete the server from its site before it is restored.
    std::string keep_in_site;
    /// Q164564: reinstall 4.0 with the updated Setup.exe; empty when no 5.0 server is there.
    std::string updated_setup;
    /// Q160850: allow for backsync after the restore.
    std::string backsync;
};

RecoverySteps recovery_steps(const RuleContext& context, const UpgradeEvaluation& evaluation);

}  // namespace upgrade_risk::analyzer
