#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/model.h"

namespace upgrade_risk::reports {

/// One bridgehead role of a server over the rollout: held today or handed to it by a
/// <move-bridgehead>, and kept to the end or handed on by a later one.
struct BridgeheadRoleSpan {
    std::string_view connector;
    std::string_view from_wave;   ///< The wave whose moves hand it the role; "" when it holds it today.
    std::string_view until_wave;  ///< The wave whose moves take the role away; "" when it keeps it.
};

/// What the reports ask of each server and site many times over, indexed once: looked up in
/// the inventory's lists each time, a large organization's report would take quadratic time.
/// Four bytes a server, since a million-server organization has one per server; it refers to
/// the inventory, which must outlive it. (Where a server's upgrade sits in the rollout is the
/// simulation's: analyzer::RolloutSimulation::upgrade_of.)
class InventoryFacts {
public:
    explicit InventoryFacts(const inventory::Inventory& inventory);

    /// The replication connectors `server` is a bridgehead of, by name, in document order.
    std::span<const std::string_view> bridgehead_roles(inventory::ServerId server) const;

    /// Every bridgehead role `server` holds at some moment of the rollout, as its moves leave
    /// them: today's in document order, then those moves hand it, in rollout order.
    std::vector<BridgeheadRoleSpan> bridgehead_role_spans(inventory::ServerId server) const;

private:
    const inventory::Inventory& inventory_;
    // The element counts of an inventory are far below 2^32 (inventory/input_limits.h).
    /// The roles of server s are role_names_[role_offsets_[s] .. role_offsets_[s + 1]).
    std::vector<std::uint32_t> role_offsets_;
    std::vector<std::string_view> role_names_;
    std::vector<std::uint32_t> role_connectors_;  ///< The connector of each of role_names_.
    /// Each bridgehead move twice, for the server that gives the role and the one that takes
    /// it, sorted by server and then rollout order; most inventories have none.
    struct RoleChange {
        std::uint32_t server = 0;
        std::uint32_t wave = 0;
        std::uint32_t connector = 0;
        bool gained = false;
    };
    std::vector<RoleChange> role_changes_;
};

/// "site connector", "X.400", "dynamic RAS", "internet mail".
std::string_view messaging_type_name(inventory::MessagingConnectorType type);

}  // namespace upgrade_risk::reports
