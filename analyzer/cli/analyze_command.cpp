#include "analyzer/cli/analyze_command.h"

#include <algorithm>
#include <iostream>
#include <string_view>


#include "analyzer/analysis.h"
#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/load.h"
#include "analyzer/cli/progress.h"
#include "analyzer/cli/report_options.h"
#include "inventory/input_limits.h"
#include "inventory/name_index.h"
#include "inventory/number_text.h"
#include "reports/baseline.h"
#include "reports/baseline_reader.h"
#include "reports/report_context.h"
#include "reports/report_format.h"
#include "reports/write_reports.h"

namespace upgrade_risk::cli {
namespace {

/// The comparison with --baseline, warning when it is a report on another organization.
reports::BaselineComparison compare(const reports::Baseline& baseline, const AnalyzeOptions& options,
                                    const inventory::Inventory& inventory,
                                    const analyzer::AnalysisResult& result) {
    // Organization names compare case-insensitively, like every inventory name.
    if (!baseline.organization.empty() &&
        inventory::fold_name(baseline.organization) != inventory::fold_name(inventory.organization.name)) {
        std::cerr << "upgrade-risk: warning: --baseline " << options.baseline_path
                  << " is a report on organization '" << baseline.organization << "', not '"
                  << inventory.organization.name
                  << "'; its findings will all look resolved and these all new\n";
    }
    return reports::compare_with_baseline(baseline, result, inventory);
}

}  // namespace

int run_analyze(const AnalyzeOptions& options) {
    const ReportOptions report_options{options.outputs,           options.json_path,
                                       options.html_path,         options.fail_on,
                                       options.fail_on_verdict,   options.max_backup_age,
                                       options.sarif_max_results, options.sarif_min_severity,
                                       &options.fail_on_new};
    const ReportSettings settings = read_settings(report_options);
    if (!settings.ok) return kExitInvalidInput;
    if (settings.gates.fail_on_new && options.baseline_path.empty()) {
        std::cerr << "upgrade-risk: error: --fail-on-new needs --baseline FILE, the JSON report of an "
                     "earlier run, to tell which findings are new (for every finding: --fail-on)\n";
        return kExitInvalidInput;
    }
    std::vector<reports::ReportRequest> outputs;
    if (!resolve_outputs(report_options, outputs)) return kExitInvalidInput;
    const bool summary_only = outputs.empty();
    const bool writes_html = std::any_of(outputs.begin(), outputs.end(),
                                         [](const reports::ReportRequest& output) { return output.format->name == "html"; });
    if (!options.template_dir.empty() && !writes_html) {
        std::cerr << "upgrade-risk: warning: --template-dir does nothing without an HTML report "
                     "(add --html FILE or -o html=FILE)\n";
    }
    if (summary_only) outputs.push_back({reports::find_report_format("text"), "-"});
    std::optional<reports::Baseline> baseline;
    if (!options.baseline_path.empty()) {
        reports::BaselineLoad load = reports::read_baseline_file(options.baseline_path);
        if (!load.baseline) std::cerr << load.error << '\n';
        baseline = std::move(load.baseline);
    }

    // The inventory is read even when the baseline was not, so one run shows every error.
    Progress progress = Progress::for_inventory(options.inventory_path);
    progress.stage("reading and checking " + inventory::inventory_name(options.inventory_path));
    const auto inventory = load_and_report(options.inventory_path, options.max_diagnostics);
    if (!inventory || (!options.baseline_path.empty() && !baseline)) return kExitInvalidInput;
    progress.stage("analysing " + inventory::number_text(inventory->servers.size()) + " servers in " +
                   inventory::number_text(inventory->sites.size()) + " sites");
    const analyzer::AnalysisResult result =
        analyzer::analyze(*inventory, analyzer::AnalysisOptions{settings.max_backup_age_seconds});

    reports::ReportContext context = reports::make_report_context();
    context.template_dir = options.template_dir;
    context.sarif = settings.sarif;
    if (baseline) context.baseline = compare(*baseline, options, *inventory, result);
    const reports::ReportInput input{*inventory, result, context};
    const std::vector<std::string> errors = reports::write_reports(
        outputs, input, options.inventory_path,
        [&](std::string_view format) { progress.stage("writing the " + std::string(format) + " report"); });
    progress.done();
    if (!errors.empty()) {
        for (const std::string& error : errors) std::cerr << "upgrade-risk: error: " << error << '\n';
        // A verdict line here would read as if the run had worked.
        std::cerr << "upgrade-risk: no report was written (every report is written or none is); "
                     "fix the errors above and run again\n";
        return kExitInvalidInput;
    }
    for (const reports::ReportRequest& output : outputs) {
        if (output.path == "-") continue;
        std::cerr << "upgrade-risk: wrote the " << output.format->name << " report to "
                  << output.path << '\n';
    }
    warn_if_sarif_capped(outputs, input);
    if (!summary_only) {
        std::cerr << "upgrade-risk: verdict " << analyzer::to_string(result.verdict) << ": "
                  << result.verdict_reason << '\n';
        if (context.baseline) {
            std::cerr << "upgrade-risk: since " << options.baseline_path << ": "
                      << reports::change_counts(*context.baseline) << '\n';
        }
    }
    return apply_gates(settings.gates, result, context.baseline ? &*context.baseline : nullptr);
}

}  // namespace upgrade_risk::cli
