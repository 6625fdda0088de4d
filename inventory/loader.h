#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/diagnostic.h"
#include "inventory/model.h"

namespace upgrade_risk::inventory {

/// What loading an inventory produced: the model when there were no errors, and every
/// diagnostic (errors and warnings) found on the way, in file order.
struct LoadResult {
    std::optional<Inventory> inventory;
    std::vector<Diagnostic> diagnostics;
};

/// Reads, parses and validates the inventory at `path`; never throws for bad input.
LoadResult load_inventory_file(const std::string& path);

/// Parses and validates inventory text; `path` is used in diagnostics only.
LoadResult load_inventory_text(std::string_view text, const std::string& path);

}  // namespace upgrade_risk::inventory
