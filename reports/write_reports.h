#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// One report a run was asked for: its format and where it goes ("-" for standard output).
struct ReportRequest {
    const ReportFormat* format;
    std::string path;
};

/// A file written with the reports, all or none with them: its path and its bytes.
struct ExtraFile {
    std::string path;
    std::string_view content;
};

/// Called before each report is rendered, with its format's name (for progress lines).
using ReportStarting = std::function<void(std::string_view format_name)>;

/// Renders every requested report and writes them all or none (OutputBatch): each goes into a
/// hidden temporary file beside its target, renamed into place only once every report is
/// complete. When a target is refused, every report is still rendered, into a discarding
/// sink, so a broken custom template shows up in the same run. One plain-words message per
/// problem, in the order they were met; empty when every report was written. No output may
/// replace `protected_path` (the inventory). `extra` files (a planned inventory) go in the same
/// batch, before the reports.
std::vector<std::string> write_reports(const std::vector<ReportRequest>& requests,
                                       const ReportInput& input, const std::string& protected_path,
                                       const ReportStarting& starting = {},
                                       const std::vector<ExtraFile>& extra = {});

}  // namespace upgrade_risk::reports
