#include "reports/inventory_facts.h"

#include <algorithm>
#include <cctype>

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;

namespace {

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

std::optional<inventory::SiteId> find_site(const Inventory& inventory, std::string_view name) {
    for (inventory::SiteId site = 0; site < inventory.sites.size(); ++site) {
        if (same_name(inventory.sites[site].name, name)) return site;
    }
    return std::nullopt;
}

std::optional<PlannedUpgrade> planned_upgrade(const Inventory& inventory, ServerId server) {
    if (!inventory.rollout) return std::nullopt;
    const auto& waves = inventory.rollout->waves;
    for (std::size_t wave = 0; wave < waves.size(); ++wave) {
        for (const auto& upgrade : waves[wave].upgrades) {
            if (upgrade.server == server) return PlannedUpgrade{wave, waves[wave].name, upgrade.to};
        }
    }
    return std::nullopt;
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

std::vector<std::string> bridgehead_roles(const Inventory& inventory, ServerId server) {
    std::vector<std::string> roles;
    for (const auto& drc : inventory.replication_connectors) {
        for (const auto& bridgehead : drc.bridgeheads) {
            if (bridgehead.server == server) roles.push_back(drc.name);
        }
    }
    return roles;
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
