#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// One finding as a previous JSON report recorded it: enough to name it when it is resolved.
struct BaselineFinding {
    std::string fingerprint;
    std::string rule;
    std::string severity;
    std::string title;
    std::string server;  ///< Empty when the finding concerned no single server.
    std::string site;
    std::vector<std::string> kb;
    /// Where the finding was in the inventory that report analysed, its last known place;
    /// 0:0 when the report does not say.
    inventory::SourceLocation location;
};

/// A previous `-o json` report, reduced to what the comparison needs.
struct Baseline {
    std::string path;
    std::string generated;  ///< When that report was generated, as it says; may be empty.
    std::string organization;  ///< The organization that report was about; may be empty.
    std::vector<BaselineFinding> findings;
};

/// Whether a current finding was already in the baseline.
enum class BaselineState { added, unchanged };

/// "new" or "unchanged": the words the JSON report and SARIF's baselineState use.
std::string_view to_string(BaselineState state);

/// What changed since the baseline report: every report reads this.
struct BaselineComparison {
    std::string baseline_path;
    std::string baseline_generated;
    /// One state per current finding, in the order of AnalysisResult::findings.
    std::vector<BaselineState> states;
    /// Findings of the baseline that no longer occur, in the baseline's order.
    std::vector<BaselineFinding> resolved;
    std::size_t added = 0;
    std::size_t unchanged = 0;
};

/// "4 new, 4 unchanged, 1 resolved": the comparison in one phrase for every summary.
std::string change_counts(const BaselineComparison& comparison);

/// Compares the current findings with a baseline by fingerprint (analyzer::fingerprint), so
/// renaming a wave or rewording a title does not make a finding look new.
BaselineComparison compare_with_baseline(const Baseline& baseline,
                                         const analyzer::AnalysisResult& result,
                                         const inventory::Inventory& inventory);

}  // namespace upgrade_risk::reports
