#pragma once

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The self-contained HTML risk report: the built-in templates (or --template-dir's) filled
/// with the analysis; CSS and diagrams inline, no external resources, no scripts.
RenderError render_html(const ReportInput& input, ReportSink& sink);

}  // namespace upgrade_risk::reports
