#pragma once

#include <string>
#include <utility>
#include <vector>

#include "inventory/diagnostic.h"

namespace upgrade_risk::inventory {

/// Collects the diagnostics of one file, so every check can report and carry on.
class DiagnosticSink {
public:
    DiagnosticSink(std::string path, std::vector<Diagnostic>& diagnostics)
        : path_(std::move(path)), diagnostics_(diagnostics) {}

    void error(SourceLocation where, std::string message) {
        diagnostics_.push_back(
            Diagnostic{DiagnosticSeverity::error, path_, where, std::move(message)});
    }
    void warning(SourceLocation where, std::string message) {
        diagnostics_.push_back(
            Diagnostic{DiagnosticSeverity::warning, path_, where, std::move(message)});
    }

private:
    DiagnosticPath path_;
    std::vector<Diagnostic>& diagnostics_;
};

}  // namespace upgrade_risk::inventory
