#pragma once

#include <optional>
#include <string>

#include "inventory/model.h"

namespace upgrade_risk::cli {

/// Loads an inventory, printing every diagnostic to stderr; nullopt when it has errors.
std::optional<inventory::Inventory> load_and_report(const std::string& path);

}  // namespace upgrade_risk::cli
