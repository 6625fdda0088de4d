#pragma once

#include <string>
#include <string_view>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The "sarif" format: SARIF 2.1.0 for code-scanning tools and editors, each result located at
/// its inventory line and column (in characters: columnKind unicodeCodePoints), each rule
/// linked to its KB article; with --baseline each result carries baselineState and resolved
/// findings appear as "absent", at the location the baseline recorded. It holds the results
/// select_sarif_results keeps within the context's SarifLimits, and says what it left out in a
/// notification of the run.
RenderError render_sarif(const ReportInput& input, ReportSink& sink);

/// The inventory path as a URI reference: relative paths stay relative (percent-encoded, with
/// forward slashes); absolute ones below the working folder are made relative to it, others
/// become file:// URIs.
std::string artifact_uri(std::string_view path);

}  // namespace upgrade_risk::reports
