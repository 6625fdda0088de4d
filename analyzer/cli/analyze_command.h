#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/cli/diagnostic_limit.h"

namespace upgrade_risk::cli {

/// What `upgrade-risk analyze` was asked to do, as typed.
struct AnalyzeOptions {
    std::string inventory_path;
    std::vector<std::string> outputs;  ///< Each "FORMAT[=FILE]" from -o; FILE defaults to "-".
    std::string json_path;             ///< --json FILE.
    std::string html_path;             ///< --html FILE.
    std::string baseline_path;         ///< --baseline FILE: a JSON report of an earlier run.
    std::optional<std::string> fail_on;
    std::optional<std::string> fail_on_verdict;
    std::optional<std::string> fail_on_new;  ///< With --baseline: new findings only.
    /// --max-backup-age as typed; unset for the analysis' default (AnalysisOptions).
    std::optional<std::string> max_backup_age;
    std::optional<std::string> sarif_max_results;   ///< --sarif-max-results as typed; 0: no cap.
    std::optional<std::string> sarif_min_severity;  ///< --sarif-min-severity.
    std::string template_dir;  ///< --template-dir DIR: restyled copies of templates/.
    std::size_t max_diagnostics = kDiagnosticsPerKind;  ///< Of each kind; 0: all.
};

/// `upgrade-risk analyze`: loads, analyses and writes every requested report; exit 1 when a
/// gate trips (--fail-on, --fail-on-verdict, --fail-on-new), 2 for bad input, bad usage or an
/// output that failed.
int run_analyze(const AnalyzeOptions& options);

}  // namespace upgrade_risk::cli
