#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/model.h"

namespace upgrade_risk::reports {

/// Where a server's upgrade sits in the rollout plan.
struct PlannedUpgrade {
    std::size_t wave = 0;
    std::string wave_name;
    inventory::ProductLevel to;
};

/// The site called `name` (compared case-insensitively, as Exchange does), or nullopt.
std::optional<inventory::SiteId> find_site(const inventory::Inventory& inventory,
                                           std::string_view name);

/// The wave and target of `server`'s upgrade, or nullopt when the rollout does not upgrade it.
std::optional<PlannedUpgrade> planned_upgrade(const inventory::Inventory& inventory,
                                              inventory::ServerId server);

/// "site connector", "X.400", "dynamic RAS", "internet mail".
std::string_view messaging_type_name(inventory::MessagingConnectorType type);

/// The replication connectors `server` is a bridgehead of, by name, in document order.
std::vector<std::string> bridgehead_roles(const inventory::Inventory& inventory,
                                          inventory::ServerId server);

/// The newest backup of `server` taken at the level it runs now, or nullptr.
const inventory::Backup* newest_current_backup(const inventory::Inventory& inventory,
                                               inventory::ServerId server);

/// A kit of exactly `level`, or nullptr.
const inventory::Kit* kit_for(const inventory::Inventory& inventory,
                              const inventory::ProductLevel& level);

/// A 4.0 kit that carries Authrest.exe, or nullptr.
const inventory::Kit* authrest_kit(const inventory::Inventory& inventory);

}  // namespace upgrade_risk::reports
