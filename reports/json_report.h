#pragma once

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The JSON version of the report ("json"), as docs/json-output.md describes it.
RenderError render_json(const ReportInput& input, ReportSink& sink);

/// The contract version written as `format_version`; bump it when a field changes meaning.
inline constexpr std::uint64_t kJsonFormatVersion = 2;

}  // namespace upgrade_risk::reports
