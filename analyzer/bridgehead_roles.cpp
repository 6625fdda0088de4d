#include "analyzer/bridgehead_roles.h"

#include <algorithm>

namespace upgrade_risk::analyzer {

BridgeheadRoles::BridgeheadRoles(const inventory::Inventory& inventory, const Topology& topology)
    : topology_(topology), inventory_(inventory) {
    if (!inventory.rollout) return;
    const auto& waves = inventory.rollout->waves;
    for (std::size_t w = 0; w < waves.size(); ++w) {
        for (const inventory::BridgeheadMove& move : waves[w].moves) {
            // The server's list as of this wave, started from the latest change or today's.
            const auto current = [&](inventory::ServerId server) -> std::vector<ConnectorId>& {
                auto& changes = servers_[server];
                if (changes.empty() || changes.back().wave != w) {
                    const auto before = changes.empty() ? topology_.bridged_connectors(server)
                                                        : std::span<const ConnectorId>(changes.back().connectors);
                    changes.push_back(ServerChange{w, {before.begin(), before.end()}});
                }
                return changes.back().connectors;
            };
            auto& from = current(move.from);
            from.erase(std::remove(from.begin(), from.end(), move.connector), from.end());
            auto& to = current(move.to);
            to.insert(std::upper_bound(to.begin(), to.end(), move.connector), move.connector);
            ends_[move.connector * 2 + move.end].emplace_back(w, move.to);
        }
    }
}

std::span<const ConnectorId> BridgeheadRoles::bridged(inventory::ServerId server,
                                                      std::optional<std::size_t> wave) const {
    const auto found = wave ? servers_.find(server) : servers_.end();
    if (found != servers_.end()) {
        const auto& changes = found->second;
        // The last change at or before the wave.
        const auto after = std::upper_bound(changes.begin(), changes.end(), *wave,
                                            [](std::size_t w, const ServerChange& c) { return w < c.wave; });
        if (after != changes.begin()) return std::prev(after)->connectors;
    }
    return topology_.bridged_connectors(server);
}

inventory::ServerId BridgeheadRoles::bridgehead(ConnectorId connector, std::size_t end,
                                                std::optional<std::size_t> wave) const {
    const auto found = wave ? ends_.find(connector * 2 + end) : ends_.end();
    if (found != ends_.end()) {
        const auto& holders = found->second;
        const auto after = std::upper_bound(holders.begin(), holders.end(), *wave,
                                            [](std::size_t w, const auto& h) { return w < h.first; });
        if (after != holders.begin()) return std::prev(after)->second;
    }
    return inventory_.replication_connectors[connector].bridgeheads[end].server;
}

}  // namespace upgrade_risk::analyzer
