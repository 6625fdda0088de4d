#include "analyzer/cli/load.h"

#include <iostream>

#include <spdlog/spdlog.h>

#include "inventory/loader.h"

namespace upgrade_risk::cli {

std::optional<inventory::Inventory> load_and_report(const std::string& path) {
    spdlog::info("reading {}", path);
    inventory::LoadResult result = inventory::load_inventory_file(path);
    std::size_t errors = 0;
    for (const inventory::Diagnostic& diagnostic : result.diagnostics) {
        std::cerr << inventory::format_diagnostic(diagnostic) << '\n';
        if (diagnostic.severity == inventory::DiagnosticSeverity::error) ++errors;
    }
    if (errors > 0) {
        std::cerr << path << ": " << errors << (errors == 1 ? " error" : " errors")
                  << "; nothing was analysed. Fix the inventory and run again.\n";
    }
    return std::move(result.inventory);
}

}  // namespace upgrade_risk::cli
