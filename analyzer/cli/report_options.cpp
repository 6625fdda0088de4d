#include "analyzer/cli/report_options.h"

#include <algorithm>
#include <charconv>
#include <iostream>
#include <utility>

#include "analyzer/analysis_options.h"
#include "analyzer/cli/duration.h"
#include "analyzer/names.h"
#include "inventory/nearest_name.h"
#include "inventory/number_text.h"

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

/// Refuses a run whose outputs would run together on standard output (`-o json -o csv`: the
/// JSON would no longer parse), naming them as typed and how to send the reports to files.
/// `reports` are the labels of the reports on standard output ("-o json", "--json -") with
/// their format names; `others` the labels of anything else there (plan's planned inventory).
bool one_on_standard_output(const std::vector<std::pair<std::string, std::string_view>>& reports,
                            const std::vector<std::string>& others) {
    if (reports.size() + others.size() < 2) return true;
    std::vector<std::string> labels = others;
    for (const auto& [label, format] : reports) labels.push_back(label);
    // A report can move to a file; anything else keeps standard output when it has it.
    std::string moves;
    for (std::size_t i = others.empty() ? 1 : 0; i < reports.size(); ++i) {
        moves += std::string(moves.empty() ? "" : " ") + "-o " + std::string(reports[i].second) + "=FILE";
    }
    std::cerr << "upgrade-risk: error: " << analyzer::join_names(labels)
              << (labels.size() == 2 ? " both" : " all")
              << " write to standard output, where one would run into the other; send "
              << (labels.size() == 2 ? "one" : "all but one") << " to a file: " << moves << '\n';
    return false;
}

/// The severity `option` names, or nullopt, with `ok` cleared and the problem printed when it
/// names none.
std::optional<analyzer::Severity> read_severity(std::string_view option,
                                                const std::optional<std::string>& text, bool& ok) {
    if (!text) return std::nullopt;
    const auto severity = analyzer::parse_severity(*text);
    if (!severity) {
        std::cerr << "upgrade-risk: error: " << option << ' ' << *text
                  << ": use critical, high, medium, low or info\n";
        ok = false;
    }
    return severity;
}

}  // namespace

bool resolve_outputs(const ReportOptions& options, std::vector<reports::ReportRequest>& outputs,
                     std::vector<std::string>* others) {
    bool ok = true;
    std::vector<std::pair<std::string, std::string_view>> on_stdout;
    std::vector<std::string> others_on_stdout;
    const auto add = [&](std::string_view name, std::string path, std::string_view option) {
        if (const auto* format = reports::find_report_format(name)) {
            if (path == "-") {
                // --json - as typed; -o json and -o json=- as they were typed.
                const bool shorthand = !option.starts_with("-o ");
                on_stdout.emplace_back(std::string(option) + (shorthand ? " -" : ""), format->name);
            }
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
        const std::string name = request.substr(0, equals);
        if (others && !reports::find_report_format(name)) {
            if (request == "-") others_on_stdout.push_back("-o - (the planned inventory)");
            others->push_back(request);
            continue;
        }
        add(name, equals == std::string::npos ? "-" : request.substr(equals + 1), "-o " + request);
    }
    if (!options.json_path.empty()) add("json", options.json_path, "--json");
    if (!options.html_path.empty()) add("html", options.html_path, "--html");
    const bool writes_sarif = std::any_of(outputs.begin(), outputs.end(), [](const reports::ReportRequest& output) {
        return output.format->name == "sarif";
    });
    if (!writes_sarif && (options.sarif_max_results || options.sarif_min_severity)) {
        std::cerr << "upgrade-risk: warning: "
                  << (options.sarif_max_results ? "--sarif-max-results" : "--sarif-min-severity")
                  << " does nothing without a SARIF report (add -o sarif=FILE)\n";
    }
    return one_on_standard_output(on_stdout, others_on_stdout) && ok;
}

ReportSettings read_settings(const ReportOptions& options) {
    ReportSettings settings;
    settings.gates.fail_on = read_severity("--fail-on", options.fail_on, settings.ok);
    if (options.fail_on_new) settings.gates.fail_on_new = read_severity("--fail-on-new", *options.fail_on_new, settings.ok);
    if (options.fail_on_verdict) {
        settings.gates.fail_on_verdict = analyzer::parse_verdict(*options.fail_on_verdict);
        if (!settings.gates.fail_on_verdict) {
            std::vector<std::string> verdicts;
            for (const analyzer::Verdict verdict : analyzer::kVerdictsWorstFirst) {
                verdicts.emplace_back(analyzer::to_string(verdict));
            }
            std::cerr << "upgrade-risk: error: --fail-on-verdict " << *options.fail_on_verdict
                      << ": use " << inventory::list_choices(verdicts)
                      << inventory::did_you_mean(*options.fail_on_verdict, verdicts) << '\n';
            settings.ok = false;
        }
    }
    if (const auto& cap = options.sarif_max_results) {
        const auto [end, error] = std::from_chars(cap->data(), cap->data() + cap->size(), settings.sarif.max_results);
        if (cap->empty() || error != std::errc{} || end != cap->data() + cap->size()) {
            std::cerr << "upgrade-risk: error: --sarif-max-results " << *cap
                      << ": give a whole number of results, or 0 for no cap (GitHub code scanning "
                         "takes at most "
                      << inventory::number_text(reports::kSarifResultsPerRun) << ")\n";
            settings.ok = false;
        }
    }
    if (const auto floor = read_severity("--sarif-min-severity", options.sarif_min_severity, settings.ok)) {
        settings.sarif.min_severity = *floor;
    }
    settings.max_backup_age_seconds = analyzer::AnalysisOptions{}.max_backup_age_seconds;
    if (options.max_backup_age) {
        const auto age = parse_duration_seconds(*options.max_backup_age);
        if (!age) {
            std::cerr << "upgrade-risk: error: --max-backup-age " << *options.max_backup_age
                      << ": write a positive number of hours or days, e.g. 24, 36h or 2d\n";
            settings.ok = false;
        } else {
            settings.max_backup_age_seconds = *age;
        }
    }
    return settings;
}

void warn_if_sarif_capped(const std::vector<reports::ReportRequest>& outputs, const reports::ReportInput& input) {
    const bool writes_sarif = std::any_of(outputs.begin(), outputs.end(),
                                          [](const reports::ReportRequest& output) { return output.format->name == "sarif"; });
    if (!writes_sarif) return;
    const reports::SarifSelection selection = reports::select_sarif_results(
        input.result, input.context.baseline ? &*input.context.baseline : nullptr, input.context.sarif);
    if (reports::capped(selection)) {
        std::cerr << "upgrade-risk: warning: " << reports::left_out_text(selection, input.context.sarif) << '\n';
    }
}

}  // namespace upgrade_risk::cli
