#pragma once

#include <string>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

enum class DiagnosticSeverity { warning, error };

/// One problem found in an input file, reported compiler-style.
struct Diagnostic {
    DiagnosticSeverity severity = DiagnosticSeverity::error;
    std::string path;
    SourceLocation location;
    std::string message;
};

/// "PATH:LINE:COL: error: MESSAGE" (the location is left out when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace upgrade_risk::inventory
