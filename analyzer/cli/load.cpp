#include "analyzer/cli/load.h"

#include <iostream>
#include <utility>

#include <spdlog/spdlog.h>

#include "inventory/input_limits.h"
#include "inventory/loader.h"
#include "inventory/number_text.h"

namespace upgrade_risk::cli {

namespace {

std::optional<inventory::Inventory> report(inventory::LoadResult result, const std::string& path) {
    std::size_t errors = 0;
    // std::cerr writes each piece at once; a file with every line wrong has thousands.
    std::string lines;
    for (const inventory::Diagnostic& diagnostic : result.diagnostics) {
        lines += inventory::format_diagnostic(diagnostic);
        lines += '\n';
        if (diagnostic.severity == inventory::DiagnosticSeverity::error) ++errors;
        if (lines.size() >= 64 * 1024) std::cerr << std::exchange(lines, {});
    }
    if (errors > 0) {
        lines += inventory::inventory_name(path) + ": " + inventory::number_text(errors) + (errors == 1 ? " error" : " errors") +
                 "; nothing was analysed. Fix the inventory and run again.\n";
    }
    std::cerr << lines;
    return std::move(result.inventory);
}

}  // namespace

std::optional<inventory::Inventory> load_and_report(const std::string& path) {
    spdlog::info("reading {}", path);
    return report(inventory::load_inventory_file(path), path);
}

std::optional<inventory::Inventory> load_text_and_report(std::string_view text,
                                                         const std::string& path) {
    return report(inventory::load_inventory_text(text, path), path);
}

}  // namespace upgrade_risk::cli
