#include "inventory/loader.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>
#include <tuple>

#include "inventory/diagnostic_sink.h"
#include "inventory/input_limits.h"
#include "inventory/model_builder.h"
#include "inventory/model_checks.h"
#include "inventory/sha256.h"
#include "inventory/source_encoding.h"
#include "inventory/structure_checker.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {

namespace {

/// The text again, as it was before the in-place parse (nullopt when it cannot be had): only a
/// syntax error's description needs it, so the load keeps no copy.
using ReadAgain = std::function<std::optional<std::string>()>;

/// Loads bytes this function owns: the parser works in place on them (on their UTF-8 form), so
/// a UTF-8 file is not copied.
LoadResult load_owned_text(std::string bytes, const std::string& path, const ReadAgain& read_again) {
    LoadResult result;
    // The digest is of the bytes as read, whatever their encoding.
    const std::string sha256 = sha256_hex(bytes);
    DecodedText decoded = decode_inventory(std::move(bytes));
    if (decoded.error) {
        result.diagnostics.push_back(Diagnostic{DiagnosticSeverity::error, path,
                                                LineTable{decoded.text}.locate(decoded.text.size()),
                                                std::move(*decoded.error)});
        return result;
    }
    // The limits are checked before parsing, so a hostile file never reaches the parser.
    result.diagnostics = check_inventory_text(decoded.text, path);
    if (!result.diagnostics.empty()) return result;
    XmlDocument document{std::move(decoded.text), path};
    if (!document.ok()) {
        // Read again only if unchanged since: the description quotes the text it reads.
        std::optional<std::string> original = read_again();
        if (original && sha256_hex(*original) != sha256) original.reset();
        if (original) original = decode_inventory(std::move(*original)).text;
        result.diagnostics.push_back(document.error(original));
        return result;
    }
    result.diagnostics = check_inventory_tree(document);
    if (!result.diagnostics.empty()) return result;
    DiagnosticSink sink{path, result.diagnostics};
    const StructureCounts counts = check_structure(document, sink);
    Inventory inventory = ModelBuilder{document, sink, counts.servers}.build();
    check_model(inventory, sink);
    // Each pass reports in its own order; the user reads them top to bottom.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.location.line, a.location.column) <
                                std::tie(b.location.line, b.location.column);
                     });
    inventory.path = path;
    inventory.sha256 = sha256;
    inventory.encoding = decoded.encoding;
    if (!has_errors(result.diagnostics)) result.inventory = std::move(inventory);
    return result;
}

}  // namespace

LoadResult load_inventory_text(std::string_view text, const std::string& path) {
    return load_owned_text(std::string(text), path, [text] { return std::string(text); });
}

LoadResult load_inventory_file(const std::string& path) {
    // read_inventory_bytes reads into one buffer, which the parser then uses in place.
    InventoryBytes bytes = read_inventory_bytes(path);
    if (bytes.error) return LoadResult{std::nullopt, {std::move(*bytes.error)}};
    return load_owned_text(std::move(bytes.text), inventory_name(path), [&path]() -> std::optional<std::string> {
        if (path == "-") return std::nullopt;  // standard input cannot be read twice
        InventoryBytes again = read_inventory_bytes(path);
        if (again.error) return std::nullopt;
        return std::move(again.text);
    });
}

}  // namespace upgrade_risk::inventory
