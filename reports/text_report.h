#pragma once

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The terminal summary ("text"): verdict, counts, the critical servers with what they cut
/// off and what their recovery lacks, the other findings in one line each, next steps.
RenderError render_text(const ReportInput& input, ReportSink& sink);

}  // namespace upgrade_risk::reports
