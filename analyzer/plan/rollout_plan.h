#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer::plan {

/// What `upgrade-risk plan` was asked for, besides the inventory.
struct PlanOptions {
    /// The level to reach when the inventory has no rollout (--target); with a rollout, its
    /// target is the plan's and this must be unset.
    std::optional<inventory::ProductLevel> target;
    std::size_t max_per_wave = 0;  ///< --max-per-wave; 0: no limit.
    bool keep_waves = false;       ///< --keep-waves: reuse the rollout's waves, add after them.
    std::optional<inventory::Timestamp> start;  ///< --start of the first new wave.
    std::int64_t spacing_seconds = 7 * 24 * 3600;  ///< --spacing between new waves' starts.
};

/// The default --target: 5.5 at its last service pack.
inventory::ProductLevel default_plan_target();

/// One bridgehead move of the plan, made before its wave's upgrades.
struct PlannedMove {
    ConnectorId connector = 0;
    std::size_t end = 0;
    inventory::ServerId from = 0;
    inventory::ServerId to = 0;
};

/// One wave of the plan: its moves, then its upgrades (each to the plan's target).
struct PlannedWave {
    std::string name;
    std::optional<inventory::Timestamp> start;
    std::vector<PlannedMove> moves;
    std::vector<inventory::ServerId> upgrades;
};

/// The rollout the planner proposes, with why.
struct RolloutPlan {
    inventory::ProductLevel target;
    std::vector<PlannedWave> waves;
    std::size_t servers = 0;  ///< The servers in scope, each upgraded exactly once.
    /// One line per decision, with real names ("Denver: DEN-EX01 first and alone in Wave 1:
    /// no Denver server runs 5.5 yet").
    std::vector<std::string> decisions;
    /// The fewest high findings about the rollout that any order reaches (topology faults
    /// aside), and the sites that carry them.
    std::size_t high_floor = 0;
    std::vector<inventory::SiteId> floor_sites;
    /// What a constraint costs: a guarantee it makes unreachable, or waves it adds, and why.
    std::vector<std::string> limits;
};

/// Plans the rollout of `inventory` (which must have loaded without errors) under `options`:
/// no critical finding, then the fewest high findings, no bridgehead-first order finding, then
/// the fewest moves, waves and changes to the rollout's own assignment (docs/planning.md).
/// Throws std::invalid_argument when the options do not fit the inventory (--target with a
/// rollout, --keep-waves without one), in words for the user.
RolloutPlan plan_rollout(const inventory::Inventory& inventory, const PlanOptions& options);

}  // namespace upgrade_risk::analyzer::plan
