#include "analyzer/cli/analyze_command.h"

#include <iostream>
#include <string_view>

#include <spdlog/spdlog.h>

#include "analyzer/analysis.h"
#include "analyzer/cli/duration.h"
#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/load.h"
#include "analyzer/cli/progress.h"
#include "inventory/name_index.h"
#include "inventory/nearest_name.h"
#include "inventory/number_text.h"
#include "reports/baseline.h"
#include "reports/baseline_reader.h"
#include "reports/report_context.h"
#include "reports/report_format.h"
#include "reports/write_reports.h"

namespace upgrade_risk::cli {
namespace {

std::string known_formats() {
    std::string names;
    for (const auto& format : reports::report_formats()) {
        if (!names.empty()) names += ", ";
        names += format.name;
    }
    return names;
}

/// Resolves every requested output, printing each problem; false when any was wrong.
bool resolve_outputs(const AnalyzeOptions& options, std::vector<reports::ReportRequest>& outputs) {
    bool ok = true;
    const auto add = [&](std::string_view name, std::string path, std::string_view option) {
        if (const auto* format = reports::find_report_format(name)) {
            outputs.push_back({format, std::move(path)});
            return;
        }
        ok = false;
        std::cerr << "upgrade-risk: error: " << option << ": the '" << name
                  << "' report format is not available in this build";
        std::vector<std::string> names;
        for (const auto& format : reports::report_formats()) names.emplace_back(format.name);
        std::cerr << inventory::did_you_mean(name, names) << "; available: " << known_formats()
                  << '\n';
    };
    for (const std::string& request : options.outputs) {
        const auto equals = request.find('=');
        if (equals == std::string::npos) add(request, "-", "-o " + request);
        else add(request.substr(0, equals), request.substr(equals + 1), "-o " + request);
    }
    if (!options.json_path.empty()) add("json", options.json_path, "--json");
    if (!options.html_path.empty()) add("html", options.html_path, "--html");
    return ok;
}

/// --max-backup-age as seconds: the analysis' default when not given, nullopt when malformed.
std::optional<std::int64_t> max_backup_age(const AnalyzeOptions& options) {
    if (!options.max_backup_age) return analyzer::AnalysisOptions{}.max_backup_age_seconds;
    return parse_duration_seconds(*options.max_backup_age);
}

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
    std::optional<analyzer::Severity> fail_on;
    if (options.fail_on) {
        fail_on = analyzer::parse_severity(*options.fail_on);
        if (!fail_on) {
            std::cerr << "upgrade-risk: error: --fail-on " << *options.fail_on
                      << ": use critical, high, medium, low or info\n";
            return kExitInvalidInput;
        }
    }
    const auto max_age = max_backup_age(options);
    if (!max_age) {
        std::cerr << "upgrade-risk: error: --max-backup-age " << *options.max_backup_age
                  << ": write a positive number of hours or days, e.g. 24, 36h or 2d\n";
        return kExitInvalidInput;
    }
    std::vector<reports::ReportRequest> outputs;
    if (!resolve_outputs(options, outputs)) return kExitInvalidInput;
    const bool summary_only = outputs.empty();
    if (summary_only) outputs.push_back({reports::find_report_format("text"), "-"});
    std::optional<reports::Baseline> baseline;
    if (!options.baseline_path.empty()) {
        reports::BaselineLoad load = reports::read_baseline_file(options.baseline_path);
        if (!load.baseline) std::cerr << load.error << '\n';
        baseline = std::move(load.baseline);
    }

    // The inventory is read even when the baseline was not, so one run shows every error.
    Progress progress = Progress::for_inventory(options.inventory_path);
    progress.stage("reading and checking " + options.inventory_path);
    const auto inventory = load_and_report(options.inventory_path);
    if (!inventory || (!options.baseline_path.empty() && !baseline)) return kExitInvalidInput;
    spdlog::info("analysing {} servers in {} sites", inventory->servers.size(),
                 inventory->sites.size());
    progress.stage("analysing " + inventory::number_text(inventory->servers.size()) + " servers in " +
                   inventory::number_text(inventory->sites.size()) + " sites");
    const analyzer::AnalysisResult result =
        analyzer::analyze(*inventory, analyzer::AnalysisOptions{*max_age});

    reports::ReportContext context = reports::make_report_context();
    context.template_dir = options.template_dir;
    if (baseline) context.baseline = compare(*baseline, options, *inventory, result);
    const std::vector<std::string> errors = reports::write_reports(
        outputs, {*inventory, result, context}, options.inventory_path,
        [&](std::string_view format) { progress.stage("writing the " + std::string(format) + " report"); });
    progress.stage("done");
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
    if (!summary_only) {
        std::cerr << "upgrade-risk: verdict " << analyzer::to_string(result.verdict) << ": "
                  << result.verdict_reason << '\n';
        if (context.baseline) {
            std::cerr << "upgrade-risk: since " << options.baseline_path << ": "
                      << reports::change_counts(*context.baseline) << '\n';
        }
    }
    if (fail_on) {
        for (const auto& finding : result.findings) {
            if (finding.severity() >= *fail_on) return kExitFindings;
        }
    }
    return kExitOk;
}

}  // namespace upgrade_risk::cli
