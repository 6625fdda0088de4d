#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "inventory/model.h"
#include "reports/report_context.h"
#include "reports/report_sink.h"

namespace upgrade_risk::reports {

/// What every report renders from: the same inventory, sorted findings and run facts.
struct ReportInput {
    const inventory::Inventory& inventory;
    const analyzer::AnalysisResult& result;
    const ReportContext& context;
};

/// A plain-words error (e.g. a broken custom template), or nullopt once the report is in the
/// sink. After an error the sink may hold part of a report, which must not be used.
using RenderError = std::optional<std::string>;

using RenderFunction = RenderError (*)(const ReportInput&, ReportSink&);

/// One output format the `analyze` command can write with `-o NAME[=FILE]`.
struct ReportFormat {
    std::string_view name;         ///< As typed after -o, e.g. "json".
    std::string_view description;  ///< One line for --help and `upgrade-risk formats`.
    RenderFunction render;
};

/// Every output format, in the order --help lists them (an explicit list: see report_format.cpp).
const std::vector<ReportFormat>& report_formats();

/// The format called `name`, or nullptr.
const ReportFormat* find_report_format(std::string_view name);

/// A report rendered in memory, for callers that need its bytes (tests, the benchmark).
struct RenderOutcome {
    std::string content;
    RenderError error;
};
RenderOutcome render_to_string(RenderFunction render, const ReportInput& input);

}  // namespace upgrade_risk::reports
