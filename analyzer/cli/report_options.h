#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/cli/gates.h"
#include "analyzer/finding.h"
#include "reports/report_format.h"
#include "reports/sarif_selection.h"
#include "reports/write_reports.h"

namespace upgrade_risk::cli {

/// The report options analyze and plan share, as typed.
struct ReportOptions {
    const std::vector<std::string>& outputs;  ///< Each -o FORMAT[=FILE].
    const std::string& json_path;
    const std::string& html_path;
    const std::optional<std::string>& fail_on;
    const std::optional<std::string>& fail_on_verdict;
    const std::optional<std::string>& max_backup_age;
    const std::optional<std::string>& sarif_max_results;
    const std::optional<std::string>& sarif_min_severity;
    /// --fail-on-new, which only analyze has (it needs --baseline).
    const std::optional<std::string>* fail_on_new = nullptr;
};

/// The reports asked for, each problem printed; false when any was wrong (a format this build
/// lacks, or two outputs on standard output, which would run together). With `others`, an -o
/// that names no report format is put there (plan's planned inventory) instead of refused.
bool resolve_outputs(const ReportOptions& options, std::vector<reports::ReportRequest>& outputs,
                     std::vector<std::string>* others = nullptr);

/// The gates (--fail-on, --fail-on-verdict, --fail-on-new), --max-backup-age and the SARIF
/// limits, checked, each problem printed.
struct ReportSettings {
    bool ok = true;
    Gates gates;
    std::int64_t max_backup_age_seconds = 0;
    reports::SarifLimits sarif;
};
ReportSettings read_settings(const ReportOptions& options);

/// After the reports were written: a warning on stderr when the SARIF one among `outputs` left
/// results out to stay within its cap, saying which and where they all are.
void warn_if_sarif_capped(const std::vector<reports::ReportRequest>& outputs, const reports::ReportInput& input);

}  // namespace upgrade_risk::cli
