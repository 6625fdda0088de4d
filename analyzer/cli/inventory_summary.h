#pragma once

#include <string>

#include "inventory/model.h"

namespace upgrade_risk::cli {

/// The few lines `validate` prints about a valid inventory: organization, sites, servers by
/// version, connectors, kits and the planned rollout.
std::string format_inventory_summary(const inventory::Inventory& inventory);

}  // namespace upgrade_risk::cli
