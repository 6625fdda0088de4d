#include "inventory/loader.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <tuple>

#include "inventory/diagnostic_sink.h"
#include "inventory/model_builder.h"
#include "inventory/model_checks.h"
#include "inventory/sha256.h"
#include "inventory/structure_checker.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {

namespace {

/// Loads text this function owns: the parser works in place on it, so no copy is made.
LoadResult load_owned_text(std::string text, const std::string& path) {
    LoadResult result;
    // Hashed before the in-place parse rewrites the buffer.
    const std::string sha256 = sha256_hex(text);
    const XmlDocument document{std::move(text), path};
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
    inventory.sha256 = sha256;
    if (!has_errors(result.diagnostics)) result.inventory = std::move(inventory);
    return result;
}

}  // namespace

LoadResult load_inventory_text(std::string_view text, const std::string& path) {
    return load_owned_text(std::string(text), path);
}

LoadResult load_inventory_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return LoadResult{std::nullopt,
                          {Diagnostic{DiagnosticSeverity::error, path, {},
                                      "cannot open the inventory file (check the path and "
                                      "that you may read it)"}}};
    }
    // Read straight into the one buffer the parser will use (a stringstream would copy it twice).
    std::string text;
    file.seekg(0, std::ios::end);
    const std::streamoff size = file.tellg();
    if (size >= 0) {
        file.seekg(0, std::ios::beg);
        text.resize(static_cast<std::size_t>(size));
        file.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(file.gcount()));
    } else {
        // Not seekable (a pipe): read it as it comes.
        file.clear();
        text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    return load_owned_text(std::move(text), path);
}

}  // namespace upgrade_risk::inventory
