#include "analyzer/cli/load.h"

#include <iostream>
#include <utility>

#include <spdlog/spdlog.h>

#include "analyzer/cli/diagnostic_limit.h"
#include "inventory/input_limits.h"
#include "inventory/loader.h"

namespace upgrade_risk::cli {

namespace {

std::optional<inventory::Inventory> report(inventory::LoadResult result, const std::string& path,
                                           std::size_t per_kind) {
    print_diagnostics(result.diagnostics, inventory::inventory_name(path), per_kind);
    return std::move(result.inventory);
}

}  // namespace

void say_what_was_read(const inventory::Inventory& inventory) {
    if (inventory.encoding != inventory::SourceEncoding::utf8) {
        spdlog::info("{}: read as {}", inventory.path, inventory::encoding_name(inventory.encoding));
    }
    spdlog::info("{}: sha256 {}", inventory.path, inventory.sha256);
}

std::optional<inventory::Inventory> load_and_report(const std::string& path, std::size_t per_kind) {
    auto inventory = report(inventory::load_inventory_file(path), path, per_kind);
    if (inventory) say_what_was_read(*inventory);
    return inventory;
}

std::optional<inventory::Inventory> load_text_and_report(std::string_view text,
                                                         const std::string& path,
                                                         std::size_t per_kind) {
    return report(inventory::load_inventory_text(text, path), path, per_kind);
}

}  // namespace upgrade_risk::cli
