#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "analyzer/plan/plan_comparison.h"
#include "reports/baseline.h"
#include "reports/sarif_selection.h"

namespace upgrade_risk::reports {

/// Facts about this run that every report prints in its header.
struct ReportContext {
    std::string tool_version;
    /// When the report was generated: SOURCE_DATE_EPOCH when set, so reports reproduce.
    std::int64_t generated_epoch_seconds = 0;
    /// A folder of templates that replaces the built-in ones (--template-dir); empty for built-in.
    std::string template_dir;
    /// How many results the SARIF report holds, and from which severity.
    SarifLimits sarif;
    /// The comparison with a previous report (--baseline); empty when none was given.
    std::optional<BaselineComparison> baseline;
    /// The rollout before and after `upgrade-risk plan`, for the reports' "Plan" section;
    /// empty for `analyze`.
    std::optional<analyzer::plan::PlanComparison> plan;
};

/// Builds the context for a report written now, honouring SOURCE_DATE_EPOCH. The analysis'
/// settings are not here: every report reads them from the result (AnalysisResult::options).
ReportContext make_report_context();

}  // namespace upgrade_risk::reports
