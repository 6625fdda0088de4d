#include "reports/inventory_facts.h"

#include <algorithm>

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;

InventoryFacts::InventoryFacts(const Inventory& inventory)
    : inventory_(inventory),
      role_offsets_(inventory.servers.size() + 1) {
    // Counted, summed into offsets, then filled in connector order: rows without a vector each.
    const auto& drcs = inventory.replication_connectors;
    for (const auto& drc : drcs) {
        for (const auto& bridgehead : drc.bridgeheads) ++role_offsets_[bridgehead.server + 1];
    }
    for (std::size_t i = 1; i < role_offsets_.size(); ++i) role_offsets_[i] += role_offsets_[i - 1];
    role_names_.resize(role_offsets_.back());
    role_connectors_.resize(role_offsets_.back());
    std::vector<std::uint32_t> filled(role_offsets_.begin(), role_offsets_.end() - 1);
    for (std::uint32_t id = 0; id < drcs.size(); ++id) {
        for (const auto& bridgehead : drcs[id].bridgeheads) {
            role_connectors_[filled[bridgehead.server]] = id;
            role_names_[filled[bridgehead.server]++] = drcs[id].name;
        }
    }
    if (!inventory.rollout) return;
    const auto& waves = inventory.rollout->waves;
    for (std::uint32_t w = 0; w < waves.size(); ++w) {
        for (const auto& move : waves[w].moves) {
            const auto connector = static_cast<std::uint32_t>(move.connector);
            role_changes_.push_back({static_cast<std::uint32_t>(move.from), w, connector, false});
            role_changes_.push_back({static_cast<std::uint32_t>(move.to), w, connector, true});
        }
    }
    // Stable: a server's changes stay in rollout order.
    std::stable_sort(role_changes_.begin(), role_changes_.end(),
                     [](const RoleChange& a, const RoleChange& b) { return a.server < b.server; });
}

std::span<const std::string_view> InventoryFacts::bridgehead_roles(ServerId server) const {
    return std::span(role_names_).subspan(role_offsets_[server],
                                          role_offsets_[server + 1] - role_offsets_[server]);
}

std::vector<BridgeheadRoleSpan> InventoryFacts::bridgehead_role_spans(ServerId server) const {
    std::vector<BridgeheadRoleSpan> spans;
    // The connector of each span and whether it is still held, to match a later move with it.
    std::vector<std::uint32_t> connectors;
    std::vector<bool> held;
    const auto names = bridgehead_roles(server);
    for (std::size_t i = 0; i < names.size(); ++i) {
        spans.push_back({names[i], {}, {}});
        connectors.push_back(role_connectors_[role_offsets_[server] + i]);
        held.push_back(true);
    }
    const auto first = std::lower_bound(
        role_changes_.begin(), role_changes_.end(), server,
        [](const RoleChange& change, ServerId id) { return change.server < id; });
    for (auto change = first; change != role_changes_.end() && change->server == server; ++change) {
        const std::string_view wave = inventory_.rollout->waves[change->wave].name;
        if (change->gained) {
            spans.push_back({inventory_.replication_connectors[change->connector].name, wave, {}});
            connectors.push_back(change->connector);
            held.push_back(true);
            continue;
        }
        // The loader lets a move take a role only from the server that holds it then: the
        // latest span of that connector, still open.
        for (std::size_t i = spans.size(); i-- > 0;) {
            if (connectors[i] == change->connector && held[i]) {
                spans[i].until_wave = wave;
                held[i] = false;
                break;
            }
        }
    }
    return spans;
}

std::string_view messaging_type_name(inventory::MessagingConnectorType type) {
    switch (type) {
        case inventory::MessagingConnectorType::site: return "site connector";
        case inventory::MessagingConnectorType::x400: return "X.400";
        case inventory::MessagingConnectorType::dynamic_ras: return "dynamic RAS";
        case inventory::MessagingConnectorType::internet_mail: return "internet mail";
    }
    return "connector";
}

}  // namespace upgrade_risk::reports
