#pragma once

#include <optional>

#include "analyzer/analysis.h"
#include "reports/baseline.h"

namespace upgrade_risk::cli {

/// The CI gates of a run (--fail-on, --fail-on-verdict, --fail-on-new): each one set makes the
/// run exit with status 1 when it trips.
struct Gates {
    std::optional<analyzer::Severity> fail_on;         ///< A finding at or above this severity.
    std::optional<analyzer::Verdict> fail_on_verdict;  ///< The verdict is this one or worse.
    /// A finding new since --baseline at or above this severity.
    std::optional<analyzer::Severity> fail_on_new;
};

/// The exit status the gates give a finished run: kExitFindings when any trips, with one line
/// on stderr for each that does (which threshold, and how many findings reached it); otherwise
/// kExitOk. `since` is the comparison with --baseline, which fail_on_new needs.
int apply_gates(const Gates& gates, const analyzer::AnalysisResult& result,
                const reports::BaselineComparison* since);

}  // namespace upgrade_risk::cli
