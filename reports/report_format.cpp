#include "reports/report_format.h"

#include <algorithm>

#include "reports/html_report.h"

namespace upgrade_risk::reports {

const std::vector<ReportFormat>& report_formats() {
    // Adding a format: write its render function in its own file and list it here.
    static const std::vector<ReportFormat> formats = {
        {"html", "self-contained HTML risk report for the change-advisory board (prints well)",
         render_html},
    };
    return formats;
}

const ReportFormat* find_report_format(std::string_view name) {
    const auto& formats = report_formats();
    const auto found = std::find_if(formats.begin(), formats.end(),
                                    [&](const ReportFormat& f) { return f.name == name; });
    return found == formats.end() ? nullptr : &*found;
}

}  // namespace upgrade_risk::reports
