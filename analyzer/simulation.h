#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "analyzer/bridgehead_roles.h"
#include "analyzer/finding.h"
#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// One server upgrade judged at its moment: a planned one of a wave, or, without a rollout,
/// the hypothetical "this server is the next to go to 5.5" against today's organization.
/// Counts and indexes are 32 bits (an inventory has far fewer elements: input_limits.h), so
/// that the evaluations of a million servers take a third less memory at the run's peak.
struct UpgradeEvaluation {
    inventory::ServerId server = 0;
    std::optional<std::uint32_t> wave;  ///< Index into the rollout's waves.
    inventory::ProductLevel from;     ///< What the server runs when its wave starts.
    inventory::ProductLevel to;
    inventory::SourceLocation upgrade_source;  ///< The <upgrade> element; 0:0 without a rollout.
    /// Other servers of the site that run 5.5 at that moment: today, after an earlier wave, or
    /// in the same wave. Same-wave servers may finish in either order, so each outcome takes
    /// its worst case: a bridgehead's peers count them (replication stops), a user-creation
    /// risk does not (the server may be the site's first on 5.5): peers_before_wave.
    std::uint32_t peers_on_5_5 = 0;
    /// Other servers of the site on 5.5 before the wave starts (today or an earlier wave).
    std::uint32_t peers_before_wave = 0;
    /// Servers of the site (this one included) on 4.0 below SP2 just before the wave.
    std::uint32_t site_below_4_0_sp2 = 0;

    /// A 4.0 server going to 5.0 or 5.5: its directory starts talking to the store (Q195908).
    bool exposed() const;
    /// Documented for 4.0 -> 5.5; inferred for 4.0 -> 5.0, which no article describes.
    Confidence confidence() const;
};

/// Applies the rollout wave by wave and records each upgrade's moment, in
/// O(servers + upgrades): per-site counters are updated as each wave is applied.
class RolloutSimulation {
public:
    RolloutSimulation(const inventory::Inventory& inventory, const Topology& topology);

    /// The bridgehead roles at each moment, as the rollout's moves leave them.
    const BridgeheadRoles& roles() const { return roles_; }

    /// The replication connectors the evaluation's server bridges at its moment.
    std::span<const ConnectorId> bridged_by(const UpgradeEvaluation& evaluation) const {
        return roles_.bridged(evaluation.server, evaluation.wave);
    }

    /// Every evaluated upgrade, in wave order and then document order.
    const std::vector<UpgradeEvaluation>& evaluations() const { return evaluations_; }

    /// Up to `limit` servers of `site` other than `except` that run 5.5 at the moment of
    /// `wave` (nullopt: today): today's first, then in the order they reach 5.5. With
    /// `same_wave` false, servers that reach 5.5 in that very wave are left out.
    std::vector<inventory::ServerId> servers_on_5_5(inventory::SiteId site,
                                                    std::optional<std::size_t> wave,
                                                    inventory::ServerId except, bool same_wave,
                                                    std::size_t limit) const;

    /// Calls `visit` with each server of `site` that runs 5.0 at some point of the moment of
    /// `wave` (nullopt: today), in the site's order: when the wave starts or once it has run, so
    /// one that reaches 5.0 in that very wave counts, and so does one that leaves 5.0 for 5.5 in
    /// it. For the recovery facts (Q164564), which ask it of every site around each server with
    /// a runbook: rows of the servers that ever run 5.0, not a look at every server of the site.
    template <std::invocable<inventory::ServerId> Visit>
    void for_each_on_5_0(inventory::SiteId site, std::optional<std::size_t> wave,
                         Visit&& visit) const {
        const std::uint32_t moment = wave ? static_cast<std::uint32_t>(*wave) + 1 : 0;
        for (std::size_t i = on_5_0_offsets_[site]; i < on_5_0_offsets_[site + 1]; ++i) {
            const On50& row = on_5_0_[i];
            if (row.first_moment <= moment && moment <= row.last_moment)
                visit(inventory::ServerId{row.server});
        }
    }

    /// Servers of `site` that run 5.5 today.
    std::uint64_t on_5_5_today(inventory::SiteId site) const { return today_on_5_5_[site]; }

    /// The first wave in which `server` reaches `version` or later; nullopt when it already
    /// runs it today or never reaches it (check the server's level to tell which).
    std::optional<std::size_t> wave_reaching(inventory::ServerId server,
                                             inventory::Version version) const;

    /// The level `server` runs once wave `wave` has run (its upgrade's, if planned by then),
    /// or today's level.
    inventory::ProductLevel level_after(const inventory::Inventory& inventory, inventory::ServerId server,
                                        std::size_t wave) const;

    /// The evaluation of `server`'s upgrade: the rollout's (the last, if planned twice) or,
    /// without a rollout, the hypothetical one; nullptr when it is not evaluated.
    const UpgradeEvaluation* upgrade_of(inventory::ServerId server) const;

private:
    static constexpr std::uint32_t kNever = std::numeric_limits<std::uint32_t>::max();

    void simulate_waves(const inventory::Inventory& inventory);
    void evaluate_today(const inventory::Inventory& inventory);
    void group_on_5_5(const inventory::Inventory& inventory);
    void group_on_5_0(const inventory::Inventory& inventory);

    /// A server that runs 5.0 from moment `first_moment` to `last_moment` (0 = today, w + 1 =
    /// wave w, as level_after() has it: today's level until its upgrade's wave, then the new one).
    struct On50 {
        std::uint32_t server;
        std::uint32_t first_moment;
        std::uint32_t last_moment;
    };

    BridgeheadRoles roles_;
    std::vector<UpgradeEvaluation> evaluations_;
    std::vector<std::uint32_t> today_on_5_5_;
    std::vector<std::uint32_t> reaches_5_0_;  ///< Wave index, or kNever.
    std::vector<std::uint32_t> reaches_5_5_;
    std::vector<std::uint32_t> planned_;  ///< Per server: its evaluation's index, or kNever.
    // Per site, the servers that run 5.5 in the order they get there, with the moment:
    // 0 = today, w + 1 = wave w. Compressed rows indexed by site.
    std::vector<std::size_t> on_5_5_offsets_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> on_5_5_;  ///< Moment, server.
    // Per site, in the site's order, the servers that run 5.0 at some moment. Compressed rows.
    std::vector<std::size_t> on_5_0_offsets_;
    std::vector<On50> on_5_0_;
};

}  // namespace upgrade_risk::analyzer
