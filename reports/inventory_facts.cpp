#include "reports/inventory_facts.h"

#include <algorithm>

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;

InventoryFacts::InventoryFacts(const Inventory& inventory)
    : inventory_(inventory),
      plan_of_(inventory.servers.size()),
      role_offsets_(inventory.servers.size() + 1) {
    if (inventory.rollout) {
        std::uint32_t ordinal = 0;
        for (const auto& wave : inventory.rollout->waves) {
            wave_starts_.push_back(ordinal);
            for (const auto& upgrade : wave.upgrades) {
                ++ordinal;
                // A server is in one wave at most (the loader refuses more); keep the first.
                if (plan_of_[upgrade.server] == 0) plan_of_[upgrade.server] = ordinal;
            }
        }
    }
    // Counted, summed into offsets, then filled in connector order: rows without a vector each.
    const auto& drcs = inventory.replication_connectors;
    for (const auto& drc : drcs) {
        for (const auto& bridgehead : drc.bridgeheads) ++role_offsets_[bridgehead.server + 1];
    }
    for (std::size_t i = 1; i < role_offsets_.size(); ++i) role_offsets_[i] += role_offsets_[i - 1];
    role_names_.resize(role_offsets_.back());
    std::vector<std::uint32_t> filled(role_offsets_.begin(), role_offsets_.end() - 1);
    for (const auto& drc : drcs) {
        for (const auto& bridgehead : drc.bridgeheads) {
            role_names_[filled[bridgehead.server]++] = drc.name;
        }
    }
}

std::optional<PlannedUpgrade> InventoryFacts::planned_upgrade(ServerId server) const {
    if (plan_of_[server] == 0) return std::nullopt;
    const std::uint32_t ordinal = plan_of_[server] - 1;
    // The last wave that starts at or before it (a wave is never empty, but one would start
    // where the next does, and the next is found).
    const auto next = std::upper_bound(wave_starts_.begin(), wave_starts_.end(), ordinal);
    const auto wave = static_cast<std::size_t>(next - wave_starts_.begin()) - 1;
    const auto& waves = inventory_.rollout->waves;
    return PlannedUpgrade{wave, waves[wave].name,
                          waves[wave].upgrades[ordinal - wave_starts_[wave]].to};
}

std::span<const std::string_view> InventoryFacts::bridgehead_roles(ServerId server) const {
    return std::span(role_names_).subspan(role_offsets_[server],
                                          role_offsets_[server + 1] - role_offsets_[server]);
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
