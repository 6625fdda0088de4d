#include "reports/inventory_facts.h"

#include <algorithm>

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;

InventoryFacts::InventoryFacts(const Inventory& inventory)
    : planned_(inventory.servers.size()), roles_(inventory.servers.size()) {
    if (inventory.rollout) {
        const auto& waves = inventory.rollout->waves;
        for (std::size_t wave = 0; wave < waves.size(); ++wave) {
            for (const auto& upgrade : waves[wave].upgrades) {
                // A server is in one wave at most (the loader refuses more); keep the first.
                if (!planned_[upgrade.server]) {
                    planned_[upgrade.server] = PlannedUpgrade{wave, waves[wave].name, upgrade.to};
                }
            }
        }
    }
    for (const auto& drc : inventory.replication_connectors) {
        for (const auto& bridgehead : drc.bridgeheads) roles_[bridgehead.server].push_back(drc.name);
    }
    sites_.reserve(inventory.sites.size());
    for (inventory::SiteId site = 0; site < inventory.sites.size(); ++site) {
        sites_.emplace(inventory.sites[site].name, site);
    }
}

const PlannedUpgrade* InventoryFacts::planned_upgrade(ServerId server) const {
    return planned_[server] ? &*planned_[server] : nullptr;
}

const std::vector<std::string>& InventoryFacts::bridgehead_roles(ServerId server) const {
    return roles_[server];
}

std::optional<inventory::SiteId> InventoryFacts::site_spelled(std::string_view name) const {
    const auto found = sites_.find(name);
    if (found == sites_.end()) return std::nullopt;
    return found->second;
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

const inventory::Backup* newest_current_backup(const Inventory& inventory, ServerId server) {
    const auto& s = inventory.servers[server];
    const inventory::Backup* newest = nullptr;
    for (const auto& backup : s.backups) {
        if (backup.level != s.level) continue;
        if (!newest || backup.taken.epoch_seconds > newest->taken.epoch_seconds) newest = &backup;
    }
    return newest;
}

const inventory::Kit* kit_for(const Inventory& inventory, const inventory::ProductLevel& level) {
    const auto found = std::find_if(inventory.kits.begin(), inventory.kits.end(),
                                    [&](const inventory::Kit& kit) { return kit.level == level; });
    return found == inventory.kits.end() ? nullptr : &*found;
}

const inventory::Kit* authrest_kit(const Inventory& inventory) {
    const auto found = std::find_if(inventory.kits.begin(), inventory.kits.end(), [](const auto& kit) {
        return kit.authrest && kit.level.version == inventory::Version::v4_0;
    });
    return found == inventory.kits.end() ? nullptr : &*found;
}

}  // namespace upgrade_risk::reports
