#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// The board's answer.
enum class Verdict { go, go_with_conditions, no_go };

std::string_view to_string(Verdict verdict);  ///< "go", "go-with-conditions", "no-go".

/// Settings a user can change from the command line.
struct AnalysisOptions {
    /// A backup older than this before the wave start (or `captured`) does not qualify.
    std::int64_t max_backup_age_seconds = 24 * 3600;
};

/// Everything the analysis concluded; every report reads this.
struct AnalysisResult {
    Verdict verdict = Verdict::go;
    std::string verdict_reason;  ///< One plain sentence.
    TextStore text;              ///< The words of the findings; moves with them.
    std::vector<Finding> findings;  ///< Sorted with sort_findings.
    /// Findings per severity, indexed by static_cast<int>(Severity).
    std::array<std::size_t, 5> counts_by_severity{};
    AnalysisOptions options;  ///< What the analysis was run with, so reports describe the same rules.
};

/// Runs every registered rule over the inventory.
AnalysisResult analyze(const inventory::Inventory& inventory, const AnalysisOptions& options);

}  // namespace upgrade_risk::analyzer
