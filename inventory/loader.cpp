#include "inventory/loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "inventory/diagnostic_sink.h"
#include "inventory/model_builder.h"
#include "inventory/model_checks.h"
#include "inventory/sha256.h"
#include "inventory/structure_checker.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {

LoadResult load_inventory_text(std::string_view text, const std::string& path) {
    LoadResult result;
    const XmlDocument document{std::string(text), path};
    if (!document.ok()) {
        result.diagnostics.push_back(document.error());
        return result;
    }
    DiagnosticSink sink{path, result.diagnostics};
    check_structure(document, sink);
    Inventory inventory = ModelBuilder{document, sink}.build();
    check_model(inventory, sink);
    // Each pass reports in its own order; the user reads them top to bottom.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.location.line, a.location.column) <
                                std::tie(b.location.line, b.location.column);
                     });
    inventory.path = path;
    inventory.sha256 = sha256_hex(text);
    if (!has_errors(result.diagnostics)) result.inventory = std::move(inventory);
    return result;
}

LoadResult load_inventory_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return LoadResult{std::nullopt,
                          {Diagnostic{DiagnosticSeverity::error, path, {},
                                      "cannot open the inventory file (check the path and "
                                      "that you may read it)"}}};
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    return load_inventory_text(buffer.str(), path);
}

}  // namespace upgrade_risk::inventory
