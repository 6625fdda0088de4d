#include "analyzer/cli/plan_command.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#include "analyzer/analysis.h"
#include "analyzer/cli/duration.h"
#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/load.h"
#include "analyzer/cli/progress.h"
#include "analyzer/cli/report_options.h"
#include "analyzer/plan/plan_comparison.h"
#include "analyzer/plan/rollout_plan.h"
#include "analyzer/plan/rollout_xml.h"
#include "inventory/input_limits.h"
#include "inventory/number_text.h"
#include "inventory/rollout_span.h"
#include "inventory/source_encoding.h"
#include "inventory/timestamp.h"
#include "reports/plan_text.h"
#include "reports/report_context.h"
#include "reports/write_reports.h"

namespace upgrade_risk::cli {
namespace {

/// "5.5", "5.5 SP3", "5.5sp3" or "5.5-SP3"; nullopt when it is none of these or names a
/// service pack that does not exist.
std::optional<inventory::ProductLevel> parse_target(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto version = inventory::parse_version(std::string_view(text).substr(0, 3));
    if (!version) return std::nullopt;
    std::string_view rest = std::string_view(text).substr(3);
    if (rest.empty()) return inventory::ProductLevel{*version, inventory::max_service_pack(*version)};
    if (rest.front() == ' ' || rest.front() == '-') rest.remove_prefix(1);
    if (rest.substr(0, 2) != "sp" || rest.size() < 3 || rest.size() > 4) return std::nullopt;
    int pack = 0;
    for (const char c : rest.substr(2)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        pack = pack * 10 + (c - '0');
    }
    if (pack > inventory::max_service_pack(*version)) return std::nullopt;
    return inventory::ProductLevel{*version, pack};
}

/// The planner's settings from the command line, each problem printed; nullopt on any.
std::optional<analyzer::plan::PlanOptions> plan_options(const PlanCommandOptions& options) {
    analyzer::plan::PlanOptions plan;
    bool ok = true;
    if (options.target) {
        plan.target = parse_target(*options.target);
        if (!plan.target) {
            std::cerr << "upgrade-risk: error: --target " << *options.target
                      << ": write a version and, if you want one, a service pack that exists: "
                         "5.5, 5.5 SP3, 5.0 SP2\n";
            ok = false;
        }
    }
    if (options.max_per_wave == std::size_t{0}) {
        std::cerr << "upgrade-risk: error: --max-per-wave 0: give 1 or more (leave it out for no "
                     "limit)\n";
        ok = false;
    }
    plan.max_per_wave = options.max_per_wave.value_or(0);
    plan.keep_waves = options.keep_waves;
    if (options.start) {
        plan.start = inventory::parse_timestamp(*options.start);
        if (!plan.start) {
            std::cerr << "upgrade-risk: error: --start " << *options.start
                      << ": write an ISO 8601 date-time such as 1999-06-05T20:00:00Z\n";
            ok = false;
        }
    }
    if (options.spacing) {
        const auto spacing = parse_duration_seconds(*options.spacing);
        if (!spacing) {
            std::cerr << "upgrade-risk: error: --spacing " << *options.spacing
                      << ": write a positive number of hours or days, e.g. 36h or 7d\n";
            ok = false;
        } else {
            plan.spacing_seconds = *spacing;
        }
    }
    if (!ok) return std::nullopt;
    return plan;
}

/// Warns when --start or --spacing gave no wave its start: a date the user typed would
/// otherwise be silently ignored.
void say_unused_timing(const PlanCommandOptions& options, const inventory::Inventory& inventory,
                       const analyzer::plan::RolloutPlan& plan) {
    if (!options.start && !options.spacing) return;
    // With --keep-waves the rollout's waves keep their names, and new ones get names of their own.
    std::unordered_set<std::string_view> kept;
    if (options.keep_waves) {
        for (const inventory::Wave& wave : inventory.rollout->waves) kept.insert(wave.name);
    }
    std::size_t added = 0;
    std::size_t dated = 0;
    for (const auto& wave : plan.waves) {
        if (kept.contains(wave.name)) continue;
        ++added;
        if (wave.start) ++dated;
    }
    const char* given = options.start && options.spacing ? "--start and --spacing do"
                        : options.start                  ? "--start does"
                                                         : "--spacing does";
    if (added == 0) {
        std::cerr << "upgrade-risk: warning: " << given
                  << " nothing: the plan adds no wave, and the rollout's waves keep their own "
                     "starts (--keep-waves)\n";
    } else if (dated == 0) {
        std::cerr << "upgrade-risk: warning: --spacing does nothing: no wave has a start to count "
                     "from; give the first new wave's with --start\n";
    }
}

}  // namespace

int run_plan(const PlanCommandOptions& options) {
    const ReportOptions report_options{options.outputs,           options.json_path,
                                       options.html_path,         options.fail_on,
                                       options.fail_on_verdict,   options.max_backup_age,
                                       options.sarif_max_results, options.sarif_min_severity};
    const ReportSettings settings = read_settings(report_options);
    std::vector<reports::ReportRequest> outputs;
    std::vector<std::string> planned_paths;
    bool ok = resolve_outputs(report_options, outputs, &planned_paths) && settings.ok;
    if (planned_paths.size() != 1) {
        std::cerr << "upgrade-risk: error: "
                  << (planned_paths.empty() ? "say where the planned inventory goes: -o PLANNED.xml"
                                            : "-o names more than one planned inventory; give one "
                                              "(reports are -o FORMAT=FILE, --html, --json)")
                  << '\n';
        ok = false;
    }
    const auto planning = plan_options(options);
    if (!ok || !planning) return kExitInvalidInput;

    Progress progress = Progress::for_inventory(options.inventory_path);
    progress.stage("reading and checking " + inventory::inventory_name(options.inventory_path));
    inventory::InventoryBytes bytes = inventory::read_inventory_bytes(options.inventory_path);
    if (bytes.error) {
        std::cerr << inventory::format_diagnostic(*bytes.error) << '\n';
        return kExitInvalidInput;
    }
    const auto inventory = load_text_and_report(bytes.text, inventory::inventory_name(options.inventory_path),
                                                options.max_diagnostics);
    if (!inventory) return kExitInvalidInput;
    say_what_was_read(*inventory);
    const analyzer::AnalysisOptions analysis_options{settings.max_backup_age_seconds};

    progress.stage("planning the rollout of " + inventory::number_text(inventory->servers.size()) +
                   " servers in " + inventory::number_text(inventory->sites.size()) + " sites");
    analyzer::plan::RolloutPlan plan;
    try {
        plan = analyzer::plan::plan_rollout(*inventory, *planning);
    } catch (const std::invalid_argument& e) {
        std::cerr << "upgrade-risk: error: " << e.what() << '\n';
        return kExitInvalidInput;
    }
    say_unused_timing(options, *inventory, plan);
    if (plan.servers == 0) {
        std::cerr << "upgrade-risk: nothing to plan: no server " << (inventory->rollout ? "of the rollout " : "")
                  << "runs a level below " << inventory::to_string(plan.target)
                  << "; nothing was written\n";
        return kExitOk;
    }
    // The rollout is spliced into the text as read, then written back in the file's encoding.
    const std::string text = inventory::decode_inventory(std::move(bytes.text)).text;
    const inventory::RolloutSpan span = inventory::find_rollout(text);
    const std::optional<std::string> planned_text = inventory::encode_inventory(
        inventory::replace_rollout(
            text, span, analyzer::plan::rollout_xml(plan, *inventory, span.indent, span.unit, span.newline)),
        inventory->encoding);
    const std::string& planned_path = planned_paths.front();
    progress.stage("reading the planned inventory back");
    const auto planned = planned_text ? load_text_and_report(*planned_text, planned_path, 0) : std::nullopt;
    if (!planned) {
        std::cerr << "upgrade-risk: error: the planned inventory does not read back (a bug in "
                     "upgrade-risk plan; nothing was written): please report it with the inventory\n";
        return kExitInvalidInput;
    }
    progress.stage("analysing the rollout before and after the plan");
    const analyzer::AnalysisResult before = analyzer::analyze(*inventory, analysis_options);
    const analyzer::AnalysisResult after = analyzer::analyze(*planned, analysis_options);

    reports::ReportContext context = reports::make_report_context();
    context.plan = analyzer::plan::compare_plan(plan, *inventory, before, *planned, after);
    context.sarif = settings.sarif;
    const reports::ReportInput input{*planned, after, context};
    const std::vector<std::string> errors = reports::write_reports(
        outputs, input, options.inventory_path,
        [&](std::string_view format) { progress.stage("writing the " + std::string(format) + " report"); },
        {reports::ExtraFile{planned_path, *planned_text}});
    progress.done();
    if (!errors.empty()) {
        for (const std::string& error : errors) std::cerr << "upgrade-risk: error: " << error << '\n';
        std::cerr << "upgrade-risk: nothing was written (the planned inventory and the reports are "
                     "written all or none); fix the errors above and run again\n";
        return kExitInvalidInput;
    }
    // Beside a report or the planned inventory on standard output, the plan goes to standard error.
    const bool stdout_taken = planned_path == "-" || std::any_of(outputs.begin(), outputs.end(),
                                                                 [](const auto& output) { return output.path == "-"; });
    (stdout_taken ? std::cerr : std::cout) << reports::plan_text(*context.plan);
    std::cerr << "upgrade-risk: wrote the planned inventory to " << planned_path << '\n';
    for (const reports::ReportRequest& output : outputs) {
        if (output.path != "-") {
            std::cerr << "upgrade-risk: wrote the " << output.format->name << " report to "
                      << output.path << '\n';
        }
    }
    warn_if_sarif_capped(outputs, input);
    std::cerr << "upgrade-risk: verdict of the planned rollout " << analyzer::to_string(after.verdict)
              << ": " << after.verdict_reason << '\n';
    return apply_gates(settings.gates, after, nullptr);
}

}  // namespace upgrade_risk::cli
