#include "inventory/diagnostic.h"

#include <algorithm>

namespace upgrade_risk::inventory {

const std::string& DiagnosticPath::text() const {
    static const std::string kNone;
    return path_ ? *path_ : kNone;
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string text = diagnostic.path.text();
    if (diagnostic.location.line > 0) {
        text += ':' + line_column(diagnostic.location);
    }
    text += diagnostic.severity == DiagnosticSeverity::error ? ": error: " : ": warning: ";
    text += diagnostic.message;
    return text;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == DiagnosticSeverity::error;
    });
}

}  // namespace upgrade_risk::inventory
