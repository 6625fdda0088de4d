#pragma once

#include <cstddef>
#include <string>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The "markdown" format: a summary to paste into a change ticket (verdict, counts, a table of
/// findings, the critical servers with what they cut off and what is missing, next steps).
/// At most kMarkdownAtMost characters (reports/markdown_limits.h), whatever the organization.
RenderError render_markdown(const ReportInput& input, ReportSink& sink);

/// The Markdown report in at most `at_most` characters (code points): past it, the last whole
/// lines that fit, then a note that says so and where the full reports are.
std::string markdown_report(const ReportInput& input, std::size_t at_most);

}  // namespace upgrade_risk::reports
