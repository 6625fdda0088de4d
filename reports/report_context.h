#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "analyzer/analysis.h"
#include "reports/baseline.h"

namespace upgrade_risk::reports {

/// Facts about this run that every report prints in its header.
struct ReportContext {
    std::string tool_version;
    /// When the report was generated: SOURCE_DATE_EPOCH when set, so reports reproduce.
    std::int64_t generated_epoch_seconds = 0;
    /// The analysis' own setting (AnalysisResult::options), copied for the HTML report, which
    /// reads it here; every other report reads it from the result.
    std::int64_t max_backup_age_seconds = analyzer::AnalysisOptions{}.max_backup_age_seconds;
    /// A folder of templates that replaces the built-in ones (--template-dir); empty for built-in.
    std::string template_dir;
    /// The comparison with a previous report (--baseline); empty when none was given.
    std::optional<BaselineComparison> baseline;
};

/// Builds the context for a report on `result` now, honouring SOURCE_DATE_EPOCH.
ReportContext make_report_context(const analyzer::AnalysisResult& result);

}  // namespace upgrade_risk::reports
