#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/model.h"

namespace upgrade_risk::reports {

/// Where a server's upgrade sits in the rollout plan.
struct PlannedUpgrade {
    std::size_t wave = 0;
    std::string_view wave_name;  ///< The inventory's own.
    inventory::ProductLevel to;
};

/// What the reports ask of each server and site many times over, indexed once: looked up in
/// the inventory's lists each time, a large organization's report would take quadratic time.
/// Eight bytes a server, since a million-server organization has one per server; it refers to
/// the inventory, which must outlive it.
class InventoryFacts {
public:
    explicit InventoryFacts(const inventory::Inventory& inventory);

    /// The wave and target of `server`'s upgrade, or nullopt when the rollout does not upgrade it.
    std::optional<PlannedUpgrade> planned_upgrade(inventory::ServerId server) const;

    /// The replication connectors `server` is a bridgehead of, by name, in document order.
    std::span<const std::string_view> bridgehead_roles(inventory::ServerId server) const;

private:
    const inventory::Inventory& inventory_;
    // The element counts of an inventory are far below 2^32 (inventory/input_limits.h).
    /// Per server: 1 + the index of its upgrade among all the rollout's upgrades, or 0.
    std::vector<std::uint32_t> plan_of_;
    std::vector<std::uint32_t> wave_starts_;  ///< Index of each wave's first upgrade.
    /// The roles of server s are role_names_[role_offsets_[s] .. role_offsets_[s + 1]).
    std::vector<std::uint32_t> role_offsets_;
    std::vector<std::string_view> role_names_;
};

/// "site connector", "X.400", "dynamic RAS", "internet mail".
std::string_view messaging_type_name(inventory::MessagingConnectorType type);

}  // namespace upgrade_risk::reports
