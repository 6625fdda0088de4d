#pragma once

#include <string>
#include <string_view>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The "csv" format: one row per finding (and per resolved finding with --baseline), RFC 4180,
/// for spreadsheets and scripts.
RenderError render_csv(const ReportInput& input, ReportSink& sink);

/// Appends one CSV field to `out`: quoted when it holds a comma, quote or line break (quotes
/// doubled), and prefixed with ' when it starts with = + - @ (or a tab or CR) so a
/// spreadsheet shows inventory text instead of running it as a formula.
void append_csv_field(std::string& out, std::string_view text);

}  // namespace upgrade_risk::reports
