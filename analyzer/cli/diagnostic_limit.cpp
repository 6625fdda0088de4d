#include "analyzer/cli/diagnostic_limit.h"

#include <iostream>
#include <unordered_map>
#include <utility>

#include "inventory/number_text.h"
#include "inventory/source_location.h"

namespace upgrade_risk::cli {
namespace {

/// The kind of a message: its words with every quoted name and every number left out, and its
/// severity ("unknown server 'A'" and "unknown server 'B'" are one kind).
std::string kind_of(const inventory::Diagnostic& diagnostic) {
    std::string kind = diagnostic.severity == inventory::DiagnosticSeverity::error ? "e:" : "w:";
    bool quoted = false;
    for (const char c : diagnostic.message) {
        if (c == '\'') {
            quoted = !quoted;
            kind += c;
        } else if (!quoted && !(c >= '0' && c <= '9')) {
            kind += c;
        }
    }
    return kind;
}

struct Kind {
    std::size_t count = 0;
    const inventory::Diagnostic* first_hidden = nullptr;
    const inventory::Diagnostic* last_hidden = nullptr;
};

std::string plural(std::size_t count, const char* noun) {
    return inventory::number_text(count) + " " + noun + (count == 1 ? "" : "s");
}

}  // namespace

std::size_t print_diagnostics(const std::vector<inventory::Diagnostic>& diagnostics,
                              const std::string& name, std::size_t per_kind) {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::unordered_map<std::string, Kind> kinds;
    std::vector<std::string> hidden_order;  // kinds in the order their first hidden one came
    // std::cerr writes each piece at once; a file with every line wrong has thousands.
    std::string lines;
    for (const inventory::Diagnostic& diagnostic : diagnostics) {
        const bool error = diagnostic.severity == inventory::DiagnosticSeverity::error;
        ++(error ? errors : warnings);
        std::string kind = kind_of(diagnostic);
        Kind& seen = kinds[kind];
        if (per_kind == 0 || ++seen.count <= per_kind) {
            lines += inventory::format_diagnostic(diagnostic);
            lines += '\n';
        } else {
            if (!seen.first_hidden) {
                seen.first_hidden = &diagnostic;
                hidden_order.push_back(std::move(kind));
            }
            seen.last_hidden = &diagnostic;
        }
        if (lines.size() >= 64 * 1024) std::cerr << std::exchange(lines, {});
    }
    for (const std::string& kind : hidden_order) {
        const Kind& seen = kinds[kind];
        const std::size_t more = seen.count - per_kind;
        const bool error = seen.first_hidden->severity == inventory::DiagnosticSeverity::error;
        lines += name + ": " + plural(more, error ? "more error" : "more warning") + " like the " +
                 inventory::number_text(per_kind) + " above (\"" + seen.first_hidden->message + "\"), from " +
                 inventory::line_column(seen.first_hidden->location) + " to " +
                 inventory::line_column(seen.last_hidden->location) +
                 "; --max-diagnostics 0 shows them all\n";
    }
    if (errors > 0) {
        lines += name + ": " + plural(errors, "error") +
                 (warnings > 0 ? " and " + plural(warnings, "warning") : std::string()) +
                 "; nothing was analysed. Fix the inventory and run again.\n";
    } else if (!hidden_order.empty()) {
        lines += name + ": " + plural(warnings, "warning") + " in all.\n";
    }
    std::cerr << lines;
    return errors;
}

}  // namespace upgrade_risk::cli
