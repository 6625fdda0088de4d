#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "inventory/model.h"

namespace upgrade_risk::cli {

/// Loads an inventory, printing its diagnostics to stderr (at most `per_kind` of each kind,
/// print_diagnostics); nullopt when it has errors.
std::optional<inventory::Inventory> load_and_report(const std::string& path, std::size_t per_kind);

/// With -v: what was read (its encoding when not UTF-8, its SHA-256), for a record of the run.
void say_what_was_read(const inventory::Inventory& inventory);

/// The same for inventory text already read; `path` names it in the diagnostics.
std::optional<inventory::Inventory> load_text_and_report(std::string_view text,
                                                         const std::string& path,
                                                         std::size_t per_kind);

}  // namespace upgrade_risk::cli
