#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// Who holds each directory replication connector's bridgehead role at each moment of the
/// rollout, as its <move-bridgehead> steps leave it (Q254188). Only the servers and connector
/// ends that a move touches are stored; every other answer is the topology's.
class BridgeheadRoles {
public:
    BridgeheadRoles(const inventory::Inventory& inventory, const Topology& topology);

    /// The replication connectors `server` is a bridgehead of when `wave` runs, after that
    /// wave's moves (nullopt: today), in document order.
    std::span<const ConnectorId> bridged(inventory::ServerId server,
                                         std::optional<std::size_t> wave) const;

    /// The bridgehead of `connector`'s `end` (0 or 1) when `wave` runs (nullopt: today).
    inventory::ServerId bridgehead(ConnectorId connector, std::size_t end,
                                   std::optional<std::size_t> wave) const;

private:
    /// From wave `wave` on, the server bridges `connectors`.
    struct ServerChange {
        std::size_t wave = 0;
        std::vector<ConnectorId> connectors;
    };

    const Topology& topology_;
    const inventory::Inventory& inventory_;
    std::unordered_map<inventory::ServerId, std::vector<ServerChange>> servers_;
    /// Keyed by connector * 2 + end: from wave `first` on, `second` holds the role.
    std::unordered_map<std::size_t, std::vector<std::pair<std::size_t, inventory::ServerId>>> ends_;
};

}  // namespace upgrade_risk::analyzer
