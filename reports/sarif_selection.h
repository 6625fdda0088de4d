#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "reports/baseline.h"

namespace upgrade_risk::reports {

/// The most results GitHub code scanning takes in one run of a SARIF log.
inline constexpr std::size_t kSarifResultsPerRun = 25000;

/// How much a SARIF log holds (--sarif-max-results, --sarif-min-severity).
struct SarifLimits {
    std::size_t max_results = kSarifResultsPerRun;  ///< 0: every result.
    analyzer::Severity min_severity = analyzer::Severity::info;
};

/// The results a SARIF log keeps and what it leaves out. Results below the floor go first;
/// then, over the cap, the least severe, a severity's current findings kept before its
/// resolved ones. Findings are sorted worst first, so the kept ones are the first of each list.
struct SarifSelection {
    std::vector<std::size_t> findings;  ///< Indices into AnalysisResult::findings, in order.
    std::vector<std::size_t> resolved;  ///< Indices into BaselineComparison::resolved, in order.
    std::size_t total = 0;              ///< Every result there was to write.
    /// Left out, per severity (indexed by static_cast<int>(Severity)).
    std::array<std::size_t, 5> below_floor{};
    std::array<std::size_t, 5> over_cap{};
};

/// Chooses the results of a SARIF log within `limits`; `since` is the comparison with
/// --baseline (its resolved findings are results too), or nullptr.
SarifSelection select_sarif_results(const analyzer::AnalysisResult& result,
                                    const BaselineComparison* since, const SarifLimits& limits);

/// What the selection left out and where the full list is, in plain words; empty when it
/// kept every result.
std::string left_out_text(const SarifSelection& selection, const SarifLimits& limits);

/// True when the cap left a result out (the floor is asked for; the cap is a surprise).
bool capped(const SarifSelection& selection);

}  // namespace upgrade_risk::reports
