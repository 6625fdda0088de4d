#pragma once

#include <memory>
#include <string>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

enum class DiagnosticSeverity { warning, error };

/// The name of the file a diagnostic is about, shared by every diagnostic of that file: an
/// inventory with a warning per backup has a million of them, and a copy of the path in each
/// was 48 bytes apiece (docs/performance.md).
class DiagnosticPath {
public:
    DiagnosticPath() = default;
    DiagnosticPath(std::string path)  // NOLINT(google-explicit-constructor): a path is one
        : path_(std::make_shared<const std::string>(std::move(path))) {}
    DiagnosticPath(const char* path) : DiagnosticPath(std::string(path)) {}  // NOLINT: as above
    [[nodiscard]] const std::string& text() const;

private:
    std::shared_ptr<const std::string> path_;
};

/// One problem found in an input file, reported compiler-style.
struct Diagnostic {
    DiagnosticSeverity severity = DiagnosticSeverity::error;
    DiagnosticPath path;
    SourceLocation location;
    std::string message;
};

/// "PATH:LINE:COL: error: MESSAGE" (the location is left out when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace upgrade_risk::inventory
