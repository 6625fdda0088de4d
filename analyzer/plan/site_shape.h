#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer::plan {

/// No wave: a server the rollout does not plan.
inline constexpr std::size_t kNoWave = std::numeric_limits<std::size_t>::max();

/// What the plan of one site depends on (docs/planning.md, "Per site").
struct SiteShape {
    inventory::SiteId site = 0;
    std::vector<inventory::ServerId> scope;    ///< To upgrade, in document order.
    std::vector<inventory::ServerId> exposed;  ///< Of scope: on 4.0, going to 5.0 or later.
    /// Of scope: going to 5.5 without being exposed (from 5.0): a leader with no high finding.
    std::vector<inventory::ServerId> clean;
    /// Of exposed: the bridgeheads of at least one connector today.
    std::vector<inventory::ServerId> bridgeheads;
    /// Servers of the site that run the target version today: where a role can go at once.
    std::vector<inventory::ServerId> on_target;
    /// Servers of the site not in scope that run 4.0 and hold a role: bridgeheads that never
    /// reach 5.0, which Q156063 wants upgraded first while the site is below 4.0 SP2.
    std::vector<inventory::ServerId> stay_on_4_0;
    bool on_5_5_today = false;  ///< A server of the site runs 5.5 today.
    bool below_sp2 = false;     ///< A server of the site runs 4.0 below SP2 today.
    /// Target 5.5, no 5.5 server today, an exposed server in scope: one server must reach 5.5
    /// first, before every exposed one (the leader).
    bool needs_leader = false;
    /// Target 5.0 and no 5.5 server ever: nothing is critical, but the exposed bridgeheads go
    /// no later than the other exposed servers (Q156063) while the site is below 4.0 SP2.
    bool bridgeheads_first = false;
};

/// The shape of every site with a server in scope, in document order. `in_scope` is per
/// server.
std::vector<SiteShape> site_shapes(const inventory::Inventory& inventory, const Topology& topology,
                                   const std::vector<char>& in_scope,
                                   inventory::ProductLevel target);

/// The leader candidates of a site that needs one, best first for the fewest moves: the clean
/// servers when there are any (no high finding), else the exposed bridgeheads that hold the
/// most roles (theirs need not move), else every exposed server.
std::vector<inventory::ServerId> leader_candidates(const SiteShape& shape, const Topology& topology);

}  // namespace upgrade_risk::analyzer::plan
