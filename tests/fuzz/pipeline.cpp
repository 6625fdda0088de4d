#include "tests/fuzz/pipeline.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>

#include "analyzer/analysis.h"
#include "inventory/loader.h"
#include "inventory/text_encoding.h"
#include "reports/baseline_reader.h"
#include "reports/report_format.h"

namespace upgrade_risk::fuzz {

void broken(const std::string& invariant) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant.c_str());
    std::abort();
}

namespace {

void check_diagnostics(std::string_view text, const inventory::LoadResult& loaded) {
    if (loaded.inventory.has_value() == inventory::has_errors(loaded.diagnostics)) {
        broken("an inventory is returned exactly when there are no errors");
    }
    const auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
    for (const inventory::Diagnostic& diagnostic : loaded.diagnostics) {
        if (diagnostic.location.line > lines) broken("a diagnostic points past the last line");
        if (diagnostic.message.empty()) broken("a diagnostic says nothing");
        // Messages quote the inventory; they go to a terminal, so they must be clean text.
        if (inventory::find_bad_character(diagnostic.message)) {
            broken("a diagnostic carries a control character or invalid UTF-8");
        }
    }
}

void check_analysis(const analyzer::AnalysisResult& result) {
    const std::size_t counted = std::accumulate(result.counts_by_severity.begin(),
                                                result.counts_by_severity.end(), std::size_t{0});
    if (counted != result.findings.size()) broken("the severity counts add up to the findings");
    if (result.verdict_reason.empty()) broken("the verdict has a reason");
}

}  // namespace

void check_reports(const reports::ReportInput& input) {
    for (const reports::ReportFormat& format : reports::report_formats()) {
        const std::string name(format.name);
        const reports::RenderOutcome outcome = reports::render_to_string(format.render, input);
        if (outcome.error) broken(name + " fails with the built-in templates: " + *outcome.error);
        if (outcome.content.empty()) broken(name + " renders nothing");
        // A report is shared and opened in terminals, editors and browsers: an escape
        // sequence or broken UTF-8 from the inventory must never get through.
        if (const auto bad = inventory::find_bad_character(outcome.content)) {
            broken(name + " output contains " + bad->description);
        }
        if (format.name != "json") continue;
        const reports::BaselineLoad reread = reports::read_baseline_text(outcome.content, "fuzz.json");
        if (!reread.baseline) broken("the JSON report does not read back: " + reread.error);
        if (reread.baseline->findings.size() != input.result.findings.size()) {
            broken("the JSON report reads back with a different number of findings");
        }
    }
}

void run_pipeline(std::string_view text) {
    const inventory::LoadResult loaded = inventory::load_inventory_text(text, "fuzz.xml");
    check_diagnostics(text, loaded);
    if (!loaded.inventory) return;
    const analyzer::AnalysisResult result = analyzer::analyze(*loaded.inventory, analyzer::AnalysisOptions{});
    check_analysis(result);
    reports::ReportContext context;
    context.tool_version = "fuzz";
    check_reports(reports::ReportInput{*loaded.inventory, result, context});
}

}  // namespace upgrade_risk::fuzz
