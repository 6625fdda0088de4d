#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace upgrade_risk::testing {

/// The shapes the planner must handle (issue: "the hardest shapes").
enum class OrganizationShape {
    mixed,              ///< Every version and service pack, some sites with 5.5 already.
    every_site_on_5_5,  ///< Every site already has a 5.5 server.
    below_sp2,          ///< Most 4.0 servers below SP2 (Q156063).
    hubs,               ///< Few hub sites bridging many connectors through one server.
    small_sites,        ///< Mostly one-server sites.
};

/// What to generate.
struct OrganizationRecipe {
    std::size_t servers = 20;
    std::uint64_t seed = 1;
    OrganizationShape shape = OrganizationShape::mixed;
    bool with_rollout = true;  ///< A random rollout of random waves; else no <rollout>.
    bool target_5_0 = false;   ///< A rollout to 5.0 SP2 instead of 5.5 SP2.
    std::size_t islands = 1;   ///< Sites left without a replication connector.
};

/// A valid inventory of that recipe: a replication tree over the sites (minus the islands),
/// a messaging connector along each replication connector, bridgeheads drawn at random (so a
/// server may bridge several connectors), and, if asked, every server below the target in
/// a wave of a random rollout.
std::string random_inventory_xml(const OrganizationRecipe& recipe);

}  // namespace upgrade_risk::testing
