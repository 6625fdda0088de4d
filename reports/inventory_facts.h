#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inventory/model.h"

namespace upgrade_risk::reports {

/// Where a server's upgrade sits in the rollout plan.
struct PlannedUpgrade {
    std::size_t wave = 0;
    std::string wave_name;
    inventory::ProductLevel to;
};

/// What the reports ask of each server and site many times over, indexed once: looked up in
/// the inventory's lists each time, a large organization's report would take quadratic time.
class InventoryFacts {
public:
    explicit InventoryFacts(const inventory::Inventory& inventory);

    /// The wave and target of `server`'s upgrade, or nullptr when the rollout does not upgrade it.
    const PlannedUpgrade* planned_upgrade(inventory::ServerId server) const;

    /// The replication connectors `server` is a bridgehead of, by name, in document order.
    const std::vector<std::string>& bridgehead_roles(inventory::ServerId server) const;

    /// The site spelled exactly `name` (as findings spell it), or nullopt.
    std::optional<inventory::SiteId> site_spelled(std::string_view name) const;

private:
    std::vector<std::optional<PlannedUpgrade>> planned_;
    std::vector<std::vector<std::string>> roles_;
    std::unordered_map<std::string_view, inventory::SiteId> sites_;
};

/// "site connector", "X.400", "dynamic RAS", "internet mail".
std::string_view messaging_type_name(inventory::MessagingConnectorType type);

/// The newest backup of `server` taken at the level it runs now, or nullptr.
const inventory::Backup* newest_current_backup(const inventory::Inventory& inventory,
                                               inventory::ServerId server);

/// A kit of exactly `level`, or nullptr.
const inventory::Kit* kit_for(const inventory::Inventory& inventory,
                              const inventory::ProductLevel& level);

/// A 4.0 kit that carries Authrest.exe, or nullptr.
const inventory::Kit* authrest_kit(const inventory::Inventory& inventory);

}  // namespace upgrade_risk::reports
