#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyzer/plan/site_shape.h"
#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer::plan {

/// Where each server in scope goes, and each site's leader.
struct WaveLayout {
    std::size_t waves = 0;
    std::size_t waves_without_limit = 0;  ///< What the layout needs without --max-per-wave.
    std::vector<std::size_t> wave_of;  ///< Per server: its wave, or kNoWave when not in scope.
    /// Per shape (parallel to the shapes): the leader, for sites that need one.
    std::vector<std::optional<inventory::ServerId>> leader;
    /// Per shape: for bridgeheads_first sites, the last wave the bridgeheads may take.
    std::vector<std::size_t> threshold;
};

/// What the layout must respect.
struct LayoutLimits {
    std::size_t min_waves = 1;     ///< The rollout's own count with --keep-waves.
    std::size_t max_per_wave = 0;  ///< 0: no limit.
};

/// The earliest wave at which a site needs the roles of its 4.0 bridgeheads that stay on 4.0
/// moved (Q156063: an exposed non-bridgehead upgraded while the site is below 4.0 SP2), or
/// kNoWave.
std::size_t order_fix_wave(const SiteShape& shape, const inventory::Inventory& inventory,
                           const std::vector<std::size_t>& wave_of,
                           std::optional<inventory::ServerId> leader);

/// How many bridgehead roles the site's plan moves with this leader and layout.
std::size_t moves_needed(const SiteShape& shape, const inventory::Inventory& inventory,
                         const Topology& topology, const std::vector<std::size_t>& wave_of,
                         std::optional<inventory::ServerId> leader);

/// Lays the servers in scope out in the fewest waves, then with the fewest servers away from
/// `original` (each server's wave in the rollout, or kNoWave), choosing each leader for the
/// fewest moves first.
WaveLayout lay_out_waves(const inventory::Inventory& inventory, const Topology& topology,
                         const std::vector<SiteShape>& shapes,
                         const std::vector<std::size_t>& original, const LayoutLimits& limits);

}  // namespace upgrade_risk::analyzer::plan
