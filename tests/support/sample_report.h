#pragma once

#include "analyzer/analysis.h"
#include "inventory/model.h"
#include "reports/report_format.h"

namespace upgrade_risk::testing {

/// A hand-built inventory and analysis whose names carry every character the text formats must
/// escape (commas, quotes, pipes, formula starters, Markdown specials), so format tests do not
/// depend on the rules.
struct SampleReport {
    inventory::Inventory inventory;
    analyzer::AnalysisResult result;
    reports::ReportContext context;

    reports::ReportInput input() const { return reports::ReportInput{inventory, result, context}; }
};

SampleReport make_sample_report();

/// Adds a baseline comparison: the first finding unchanged, the others new, one resolved.
void add_sample_baseline(SampleReport& sample);

}  // namespace upgrade_risk::testing
