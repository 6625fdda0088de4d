#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "inventory/model.h"

namespace upgrade_risk::cli {

/// Loads an inventory, printing every diagnostic to stderr; nullopt when it has errors.
std::optional<inventory::Inventory> load_and_report(const std::string& path);

/// The same for inventory text already read; `path` names it in the diagnostics.
std::optional<inventory::Inventory> load_text_and_report(std::string_view text,
                                                         const std::string& path);

}  // namespace upgrade_risk::cli
