#include "reports/report_format.h"

#include <algorithm>

#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "reports/text_report.h"

namespace upgrade_risk::reports {

const std::vector<ReportFormat>& report_formats() {
    // Adding a format: write its render function in its own file and list it here.
    static const std::vector<ReportFormat> formats = {
        {"text", "the terminal summary: verdict, counts, critical servers, next steps", render_text},
        {"json", "every finding with evidence, impact and prerequisites (docs/json-output.md)",
         render_json},
        {"html", "self-contained HTML risk report for the change-advisory board (prints well)",
         render_html},
        {"sarif", "SARIF 2.1.0 for code-scanning tools and editors, located on the inventory's lines",
         render_sarif},
        {"csv", "one row per finding for spreadsheets (RFC 4180)", render_csv},
        {"markdown", "a summary to paste into a change ticket", render_markdown},
    };
    return formats;
}

const ReportFormat* find_report_format(std::string_view name) {
    const auto& formats = report_formats();
    const auto found = std::find_if(formats.begin(), formats.end(),
                                    [&](const ReportFormat& f) { return f.name == name; });
    return found == formats.end() ? nullptr : &*found;
}

RenderOutcome render_to_string(RenderFunction render, const ReportInput& input) {
    ReportSink sink;
    RenderOutcome outcome;
    outcome.error = render(input, sink);
    if (!outcome.error) outcome.content = std::move(sink.text());
    return outcome;
}

}  // namespace upgrade_risk::reports
