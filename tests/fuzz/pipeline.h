#pragma once

#include <string>
#include <string_view>

#include "reports/report_format.h"

namespace upgrade_risk::fuzz {

/// Puts `text` through everything an inventory meets in a run: loading and validation,
/// the analysis, and every registered report format, all in memory. Aborts (so libFuzzer
/// and the regression test see a crash) when a result breaks an invariant.
void run_pipeline(std::string_view text);

/// Aborts with `invariant` in the message: a fuzz finding.
[[noreturn]] void broken(const std::string& invariant);

/// Every format renders `input` as clean UTF-8 text; JSON also reads back as a baseline with
/// as many findings. Aborts otherwise.
void check_reports(const reports::ReportInput& input);

}  // namespace upgrade_risk::fuzz
