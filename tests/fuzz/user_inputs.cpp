#include "tests/fuzz/user_inputs.h"

#include <map>
#include <string>

#include "analyzer/analysis.h"
#include "inventory/loader.h"
#include "inventory/text_encoding.h"
#include "reports/baseline.h"
#include "reports/baseline_reader.h"
#include "reports/html_data.h"
#include "reports/inventory_facts.h"
#include "reports/mustache_render.h"
#include "reports/report_sink.h"
#include "reports/template_embedded.h"
#include "reports/template_set.h"
#include "starter_inventory.h"
#include "tests/fuzz/pipeline.h"

namespace upgrade_risk::fuzz {
namespace {

constexpr std::string_view kBaselinePath = "fuzz-baseline.json";
constexpr std::string_view kTemplateFolder = "fuzz-templates";

inventory::Inventory load_starter() {
    inventory::LoadResult loaded = inventory::load_inventory_text(cli::kStarterInventory, "starter.xml");
    if (!loaded.inventory) broken("the starter inventory loads");
    return std::move(*loaded.inventory);
}

/// The starter inventory and its analysis, made once: what the user's files are applied to.
struct Starter {
    Starter() : inventory(load_starter()), result(analyzer::analyze(inventory, analyzer::AnalysisOptions{})) {}
    Starter(const Starter&) = delete;  ///< The result refers to the inventory.

    inventory::Inventory inventory;
    analyzer::AnalysisResult result;
};

const Starter& starter() {
    static const Starter analysed;
    return analysed;
}

void check_error(const std::string& error, std::string_view file, const std::string& what) {
    if (error.empty()) broken(what + " fails without saying why");
    if (!error.starts_with(file)) broken(what + " error does not start with the file: " + error);
    // Errors go to a terminal: the file's bytes they quote must be clean text.
    if (inventory::find_bad_character(error)) broken(what + " error carries a control character or invalid UTF-8");
}

void run_baseline(std::string_view text) {
    const reports::BaselineLoad load = reports::read_baseline_text(std::string(text), std::string(kBaselinePath));
    if (load.baseline.has_value() != load.error.empty()) broken("a baseline is returned exactly when there is no error");
    if (!load.baseline) return check_error(load.error, kBaselinePath, "baseline");
    const Starter& analysed = starter();
    reports::ReportContext context;
    context.tool_version = "fuzz";
    context.baseline = reports::compare_with_baseline(*load.baseline, analysed.result, analysed.inventory);
    check_reports(reports::ReportInput{analysed.inventory, analysed.result, context});
}

void run_template(std::string_view named_text) {
    const auto newline = named_text.find('\n');
    if (newline == std::string_view::npos) return;
    const std::string name(named_text.substr(0, newline));
    std::map<std::string, std::string> files;
    for (const auto& embedded : reports::embedded_templates()) {
        files.emplace(std::string(embedded.name), std::string(embedded.content));
    }
    const auto replaced = files.find(name);
    if (replaced == files.end()) return;
    replaced->second = std::string(named_text.substr(newline + 1));
    const reports::TemplateLoad load = reports::compile_templates(files, std::string(kTemplateFolder));
    if (load.templates.has_value() != load.error.empty()) broken("templates are returned exactly when there is no error");
    if (!load.templates) return check_error(load.error, kTemplateFolder, "template");
    const Starter& analysed = starter();
    reports::ReportContext context;
    const reports::ReportInput input{analysed.inventory, analysed.result, context};
    const reports::InventoryFacts facts(analysed.inventory);
    const reports::HtmlValue page = reports::html_page_data(input, facts);
    reports::ReportSink sink(reports::ReportSink::Discard{});
    if (const auto error = reports::render_mustache(load.templates->at("report.mustache"), page, sink)) {
        check_error(*error, kTemplateFolder, "rendering");
    }
}

}  // namespace

void run_user_inputs(std::string_view data) {
    if (data.empty()) return;
    if (data.front() == 'b') run_baseline(data.substr(1));
    if (data.front() == 't') run_template(data.substr(1));
}

}  // namespace upgrade_risk::fuzz
