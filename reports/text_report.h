#pragma once

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The terminal summary ("text"): verdict, counts, the critical servers with what they cut
/// off and what their recovery lacks, the other findings in one line each, next steps.
RenderOutcome render_text(const ReportInput& input);

}  // namespace upgrade_risk::reports
