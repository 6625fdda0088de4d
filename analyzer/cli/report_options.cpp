#include "analyzer/cli/report_options.h"

#include <iostream>

#include "analyzer/analysis_options.h"
#include "analyzer/cli/duration.h"
#include "inventory/nearest_name.h"

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

}  // namespace

bool resolve_outputs(const ReportOptions& options, std::vector<reports::ReportRequest>& outputs,
                     std::vector<std::string>* others) {
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
        const std::string name = request.substr(0, equals);
        if (others && !reports::find_report_format(name)) {
            others->push_back(request);
            continue;
        }
        add(name, equals == std::string::npos ? "-" : request.substr(equals + 1), "-o " + request);
    }
    if (!options.json_path.empty()) add("json", options.json_path, "--json");
    if (!options.html_path.empty()) add("html", options.html_path, "--html");
    return ok;
}

ReportSettings read_settings(const ReportOptions& options) {
    ReportSettings settings;
    if (options.fail_on) {
        settings.fail_on = analyzer::parse_severity(*options.fail_on);
        if (!settings.fail_on) {
            std::cerr << "upgrade-risk: error: --fail-on " << *options.fail_on
                      << ": use critical, high, medium, low or info\n";
            settings.ok = false;
        }
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

bool reaches(const std::vector<analyzer::Finding>& findings, std::optional<analyzer::Severity> fail_on) {
    if (!fail_on) return false;
    for (const auto& finding : findings) {
        if (finding.severity() >= *fail_on) return true;
    }
    return false;
}

}  // namespace upgrade_risk::cli
