// The upgrade-risk command line: parses arguments, runs one command, maps errors to exit codes.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "analyzer/analysis.h"
#include "analyzer/cli/allocator.h"
#include "analyzer/cli/analyze_command.h"
#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/command_line.h"
#include "analyzer/cli/commands.h"
#include "analyzer/cli/logging.h"
#include "analyzer/cli/plan_command.h"
#include "reports/report_format.h"
#include "reports/sarif_selection.h"
#include "upgrade_risk_version.h"

int main(int argc, char** argv) {
    using namespace upgrade_risk::cli;

    CLI::App app{
        "upgrade-risk: finds the Exchange servers whose failed 4.0/5.0 to 5.5 upgrade and backout\n"
        "would break directory replication (KB Q195908), before you start the rollout.",
        "upgrade-risk"};
    app.set_version_flag("-V,--version", upgrade_risk::kVersion);
    app.require_subcommand(1);
    // Options of the program itself (-v) work after the command too: `analyze -v FILE`.
    app.fallthrough();
    int verbosity = 0;
    app.add_flag("-v,--verbose", verbosity, "Say what is being read and written (-vv: also the time of each step and the peak memory)");

    ValidateOptions validate;
    CLI::App* validate_cmd = app.add_subcommand(
        "validate", "Check an inventory file and summarise it; lists every error with line:column");
    validate_cmd->add_option("INVENTORY", validate.inventory_path, "The inventory XML file ('-': standard input)")
        ->required();
    const std::string diagnostics_help =
        "Print at most N errors and N warnings of each kind, then count the rest (0: all)";
    validate_cmd->add_option("--max-diagnostics", validate.max_diagnostics, diagnostics_help)
        ->check(whole_number())
        ->capture_default_str();

    AnalyzeOptions analyze;
    CLI::App* analyze_cmd = app.add_subcommand(
        "analyze",
        "Predict which servers' failed upgrade and backout would break replication (Q195908),\n"
        "check the recovery prerequisites, and give a go / go-with-conditions / no-go verdict");
    analyze_cmd->alias("analyse");
    analyze_cmd->add_option("INVENTORY", analyze.inventory_path, "The inventory XML file ('-': standard input)")
        ->required();
    analyze_cmd->add_option("--max-diagnostics", analyze.max_diagnostics, diagnostics_help)
        ->check(whole_number())
        ->capture_default_str();
    std::string formats;
    for (const auto& format : upgrade_risk::reports::report_formats()) {
        formats += "\n  " + std::string(format.name) + ": " + std::string(format.description);
    }
    analyze_cmd->add_option("-o,--output", analyze.outputs,
                            "Write a report: FORMAT or FORMAT=FILE (no FILE or '-': stdout); "
                            "repeatable. Formats:" + formats);
    analyze_cmd->add_option("--json", analyze.json_path, "Write the JSON report to FILE ('-': stdout)");
    analyze_cmd->add_option("--html", analyze.html_path, "Write the HTML report to FILE");
    analyze_cmd->add_option("--baseline", analyze.baseline_path,
                            "Compare with FILE, a JSON report of an earlier run (-o json=FILE): "
                            "mark each finding new or unchanged and list the resolved ones");
    analyze_cmd->add_option("--fail-on", analyze.fail_on,
                            "Exit with status 1 when a finding at or above this severity exists "
                            "(critical, high, medium, low, info)");
    analyze_cmd->add_option("--fail-on-verdict", analyze.fail_on_verdict,
                            "Exit with status 1 when the verdict is this one or worse (no-go, "
                            "go-with-conditions, go)");
    analyze_cmd->add_option("--fail-on-new", analyze.fail_on_new,
                            "With --baseline: exit with status 1 when a finding new since the "
                            "baseline is at or above this severity");
    analyze_cmd->add_option("--max-backup-age", analyze.max_backup_age,
                            "Oldest directory backup that still qualifies, before the wave start "
                            "(or the inventory's captured time): hours (24, 36h) or days (2d)")
        ->default_str(std::to_string(upgrade_risk::analyzer::AnalysisOptions{}.max_backup_age_seconds / 3600) + "h");
    // The SARIF limits, the same for analyze and plan.
    const auto add_sarif_options = [](CLI::App* command, std::optional<std::string>& max_results,
                                      std::optional<std::string>& min_severity) {
        command->add_option("--sarif-max-results", max_results,
                            "At most N results in the SARIF report, the most severe, saying what "
                            "was left out (0: no cap)")
            ->type_name("N")
            ->default_str(std::to_string(upgrade_risk::reports::kSarifResultsPerRun));
        command->add_option("--sarif-min-severity", min_severity,
                            "Only findings of this severity or worse in the SARIF report "
                            "(critical, high, medium, low, info)")
            ->type_name("SEVERITY")
            ->default_str("info");
    };
    add_sarif_options(analyze_cmd, analyze.sarif_max_results, analyze.sarif_min_severity);
    analyze_cmd->add_option("--template-dir", analyze.template_dir,
                            "Render the HTML report with the templates in DIR (a restyled copy "
                            "of the built-in ones) instead of the built-in templates");

    PlanCommandOptions plan;
    CLI::App* plan_cmd = app.add_subcommand(
        "plan",
        "Propose a safe rollout: waves and bridgehead moves with no critical finding, the fewest\n"
        "high ones and no bridgehead-first order finding; writes it as a new inventory\n"
        "(docs/planning.md)");
    plan_cmd->add_option("INVENTORY", plan.inventory_path,
                         "The inventory XML file ('-': standard input; never modified)")
        ->required();
    plan_cmd->add_option("--max-diagnostics", plan.max_diagnostics, diagnostics_help)
        ->check(whole_number())
        ->capture_default_str();
    plan_cmd->add_option("-o,--output", plan.outputs,
                         "PLANNED.xml: where the planned inventory goes (required, once); or a report "
                         "of its analysis: FORMAT or FORMAT=FILE, as for analyze")
        ->required();
    plan_cmd->add_option("--json", plan.json_path, "Write the JSON report of the planned rollout to FILE");
    plan_cmd->add_option("--html", plan.html_path, "Write the HTML report of the planned rollout to FILE");
    plan_cmd->add_option("--fail-on", plan.fail_on,
                         "Exit with status 1 when the planned rollout has a finding at or above "
                         "this severity");
    plan_cmd->add_option("--fail-on-verdict", plan.fail_on_verdict,
                         "Exit with status 1 when the planned rollout's verdict is this one or "
                         "worse (no-go, go-with-conditions, go)");
    plan_cmd->add_option("--max-backup-age", plan.max_backup_age, "As for analyze");
    add_sarif_options(plan_cmd, plan.sarif_max_results, plan.sarif_min_severity);
    plan_cmd->add_option("--target", plan.target,
                         "Without a rollout in the inventory: the level to reach, e.g. 5.5 or "
                         "5.5 SP3; every server below it is planned")
        ->default_str("5.5 SP4");
    plan_cmd->add_option("--max-per-wave", plan.max_per_wave, "At most N upgrades in a wave")
        ->check(whole_number());
    plan_cmd->add_flag("--keep-waves", plan.keep_waves,
                       "Keep the rollout's waves (names, starts) and add waves after them only "
                       "where needed");
    plan_cmd->add_option("--start", plan.start,
                         "Start of the first new wave (ISO 8601); default: the rollout's first "
                         "wave's start, or none");
    plan_cmd->add_option("--spacing", plan.spacing, "Time between new waves' starts: hours or days")
        ->default_str("7d");

    CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule with its severity");
    std::string explain_rule;
    CLI::App* explain_cmd =
        app.add_subcommand("explain", "Show what a rule finds, why it matters and how to fix it");
    explain_cmd->add_option("RULE", explain_rule, "A rule id, as `upgrade-risk rules` lists them")
        ->required();
    InitOptions init;
    CLI::App* init_cmd =
        app.add_subcommand("init", "Write a commented starter inventory to fill in with your organization");
    init_cmd->add_option("FILE", init.path, "Where to write it; - for standard output")
        ->capture_default_str();
    init_cmd->add_flag("-f,--force", init.force, "Replace FILE if it already exists");

    CLI::App* schema_cmd = app.add_subcommand(
        "schema", "Print the XSD of the inventory format, for XML editors and xmllint");
    std::string help_topic;
    CLI::App* help_cmd = app.add_subcommand("help", "Show the commands, or one command's options");
    help_cmd->add_option("COMMAND", help_topic, "The command to explain");
    CLI::App* version_cmd = app.add_subcommand("version", "Print the version of upgrade-risk");

    if (const auto unknown = unknown_word(app, argc, argv)) {
        std::cerr << "upgrade-risk: error: " << *unknown << "\nRun 'upgrade-risk help' for the "
                     "commands, 'upgrade-risk COMMAND --help' for a command's options.\n";
        return kExitInvalidInput;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e) == 0 ? kExitOk : kExitInvalidInput;
        const CLI::App* command = nullptr;
        for (CLI::App* sub : app.get_subcommands()) command = sub;
        const std::string name = command ? command->get_name() : "";
        std::cerr << "upgrade-risk: error: " << parse_error_text(e, name) << "\nRun 'upgrade-risk "
                  << (name.empty() ? "help" : name + " --help") << "' for "
                  << (name.empty() ? "the commands" : "its options") << ".\n";
        return kExitInvalidInput;
    }
    if (help_cmd->parsed()) {
        if (help_topic.empty()) {
            std::cout << app.help();
            return kExitOk;
        }
        try {
            std::cout << app.get_subcommand(help_topic)->help("upgrade-risk");
            return kExitOk;
        } catch (const CLI::OptionNotFound&) {
            std::cerr << "upgrade-risk: error: no command called '" << help_topic
                      << "'; 'upgrade-risk help' lists them\n";
            return kExitInvalidInput;
        }
    }
    if (version_cmd->parsed()) {
        std::cout << upgrade_risk::kVersion << '\n';
        return kExitOk;
    }
    configure_logging(verbosity);
    spdlog::debug("heap: {}", heap_description());

    try {
        if (validate_cmd->parsed()) return run_validate(validate);
        if (analyze_cmd->parsed()) return run_analyze(analyze);
        if (plan_cmd->parsed()) return run_plan(plan);
        if (rules_cmd->parsed()) return run_rules();
        if (explain_cmd->parsed()) return run_explain(explain_rule);
        if (init_cmd->parsed()) return run_init(init);
        if (schema_cmd->parsed()) return run_schema();
    } catch (const std::exception& e) {
        std::cerr << "upgrade-risk: error: " << e.what() << '\n';
        return kExitInvalidInput;
    }
    return kExitInvalidInput;
}
