#pragma once

#include <string>
#include <string_view>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The "markdown" format: a summary to paste into a change ticket (verdict, counts, a table of
/// findings, the critical servers with what they cut off and what is missing, next steps).
RenderError render_markdown(const ReportInput& input, ReportSink& sink);

/// Inventory text made inert in Markdown: backslash-escapes the characters that would start
/// emphasis, code, links, HTML, entities or a table cell (|), and folds line breaks to spaces.
std::string markdown_escape(std::string_view text);

}  // namespace upgrade_risk::reports
