#pragma once

#include <optional>
#include <string>

#include "reports/html_view.h"
#include "reports/mustache_template.h"
#include "reports/report_sink.h"

namespace upgrade_risk::reports {

/// Renders `page` (a template of a linked set, see template_set.h) with `data` into `sink`, a
/// line at a time: the page is never held whole, and a made list's items are built as they
/// are reached. The output is byte for byte what kainjow renders from the same data (the
/// tests compare the two): values are escaped as kainjow escapes them (& < > " '), names are
/// looked up from the innermost section out to the page, and a line left blank by a section
/// tag that was rendered is dropped, kainjow's form of the standalone-line rule. A section
/// that is not rendered leaves its line, as in kainjow. Returns the first mistake found
/// while rendering (a {{variable}} that names a list or an object), as
/// `FILE:LINE:COL: error: broken template: ...`, or nullopt.
std::optional<std::string> render_mustache(const MustacheTemplate& page, const HtmlValue& data,
                                           ReportSink& sink);

/// `text` escaped as a {{variable}} is: for markup built outside a template (an inline SVG).
std::string html_escaped(std::string_view text);
/// The same, appended to `out`.
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace upgrade_risk::reports
