#pragma once

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The self-contained HTML risk report: the built-in templates (or --template-dir's) filled
/// with the analysis; CSS and diagrams inline, no external resources, no scripts.
RenderOutcome render_html(const ReportInput& input);

}  // namespace upgrade_risk::reports
