#include "reports/sarif_report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <vector>

#include "reports/finding_subject.h"
#include "reports/json_writer.h"
#include "reports/kb_link.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;

/// What SARIF says about one rule, collected from the findings that name it.
struct SarifRule {
    std::string id;
    std::string severity;
    std::string confidence;
    std::string description;
    std::string kb;
};

/// The SARIF level for our severities: blocking ones are errors, medium a warning, the rest notes.
std::string_view level_of(std::string_view severity) {
    if (severity == "critical" || severity == "high") return "error";
    if (severity == "medium") return "warning";
    return "note";
}

/// "backout-breaks-intersite-replication" -> "BackoutBreaksIntersiteReplication".
std::string pascal_case(std::string_view id) {
    std::string name;
    bool upper = true;
    for (const char c : id) {
        if (c == '-') {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

std::vector<SarifRule> collect_rules(const ReportInput& input) {
    std::map<std::string, SarifRule> rules;
    for (const Finding& finding : input.result.findings) {
        auto [it, inserted] = rules.try_emplace(finding.rule);
        if (!inserted) continue;
        it->second = SarifRule{finding.rule, std::string(analyzer::to_string(finding.severity)),
                               std::string(analyzer::to_string(finding.confidence)), finding.title,
                               finding.kb.empty() ? std::string() : finding.kb.front()};
    }
    if (input.context.baseline) {
        for (const BaselineFinding& finding : input.context.baseline->resolved) {
            rules.try_emplace(finding.rule,
                              SarifRule{finding.rule, finding.severity, "", finding.title,
                                        finding.kb.empty() ? std::string() : finding.kb.front()});
        }
    }
    std::vector<SarifRule> sorted;
    for (auto& [id, rule] : rules) sorted.push_back(std::move(rule));
    return sorted;
}

std::size_t rule_index(const std::vector<SarifRule>& rules, std::string_view id) {
    const auto found = std::find_if(rules.begin(), rules.end(), [&](const SarifRule& r) { return r.id == id; });
    return static_cast<std::size_t>(found - rules.begin());
}

void write_rule(JsonWriter& json, const SarifRule& rule) {
    json.begin_object();
    json.key("id").value(rule.id);
    json.key("name").value(pascal_case(rule.id));
    json.key("shortDescription").begin_object();
    json.key("text").value(rule.description);
    json.end_object();
    json.key("fullDescription").begin_object();
    json.key("text").value(rule.description);
    json.end_object();
    if (!rule.kb.empty()) json.key("helpUri").value(kb_url(rule.kb));
    json.key("defaultConfiguration").begin_object();
    json.key("level").value(level_of(rule.severity));
    json.end_object();
    json.key("properties").begin_object();
    json.key("severity").value(rule.severity);
    if (!rule.confidence.empty()) json.key("confidence").value(rule.confidence);
    json.end_object();
    json.end_object();
}

/// The title plus the facts a reader needs without opening the full report.
std::string message_of(const Finding& finding) {
    std::string text = finding.title;
    for (const std::string& fact : finding.evidence) text += "\n- " + fact;
    if (finding.impact && !finding.impact->sites_cut_off.empty()) {
        text += "\nCut off if its backout fails:";
        for (const std::string& site : finding.impact->sites_cut_off) text += " " + site;
        text += " (" + cut_off_counts(*finding.impact) + ").";
    }
    for (const analyzer::Prerequisite& prerequisite : finding.prerequisites) {
        if (!prerequisite.satisfied) text += "\nMissing " + prerequisite.id + ": " + prerequisite.reason;
    }
    return text;
}

void write_location(JsonWriter& json, const ReportInput& input, inventory::SourceLocation location) {
    json.key("locations").begin_array();
    json.begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object();
    json.key("uri").value(artifact_uri(input.inventory.path));
    json.key("index").value(0);
    json.end_object();
    if (location.line > 0) {
        json.key("region").begin_object();
        json.key("startLine").value(static_cast<std::int64_t>(location.line));
        if (location.column > 0) json.key("startColumn").value(static_cast<std::int64_t>(location.column));
        json.end_object();
    }
    json.end_object();
    json.end_object();
    json.end_array();
}

void write_fingerprint(JsonWriter& json, const std::string& fingerprint) {
    json.key("partialFingerprints").begin_object();
    json.key("upgradeRisk/v1").value(fingerprint);
    json.end_object();
}

void write_result(JsonWriter& json, const ReportInput& input, const std::vector<SarifRule>& rules,
                  std::size_t index) {
    const Finding& finding = input.result.findings[index];
    const FindingSubject subject = subject_of(finding, input.inventory);
    const std::string_view severity = analyzer::to_string(finding.severity);
    json.begin_object();
    json.key("ruleId").value(finding.rule);
    json.key("ruleIndex").value(static_cast<std::uint64_t>(rule_index(rules, finding.rule)));
    json.key("level").value(level_of(severity));
    json.key("message").begin_object();
    json.key("text").value(message_of(finding));
    json.end_object();
    write_location(json, input, finding.location);
    write_fingerprint(json, analyzer::fingerprint(finding, input.inventory));
    if (input.context.baseline) json.key("baselineState").value(to_string(input.context.baseline->states[index]));
    json.key("properties").begin_object();
    json.key("severity").value(severity);
    json.key("confidence").value(analyzer::to_string(finding.confidence));
    if (!subject.server.empty()) json.key("server").value(subject.server);
    if (!subject.site.empty()) json.key("site").value(subject.site);
    if (!subject.wave.empty()) json.key("wave").value(subject.wave);
    json.key("kb").string_array(finding.kb);
    json.end_object();
    json.end_object();
}

/// A finding of the baseline that no longer occurs: SARIF's "absent" state, no location.
void write_resolved(JsonWriter& json, const std::vector<SarifRule>& rules, const BaselineFinding& finding) {
    json.begin_object();
    json.key("ruleId").value(finding.rule);
    json.key("ruleIndex").value(static_cast<std::uint64_t>(rule_index(rules, finding.rule)));
    json.key("level").value(level_of(finding.severity));
    json.key("message").begin_object();
    json.key("text").value("Resolved since the baseline: " + finding.title);
    json.end_object();
    write_fingerprint(json, finding.fingerprint);
    json.key("baselineState").value("absent");
    json.key("properties").begin_object();
    json.key("severity").value(finding.severity);
    if (!finding.server.empty()) json.key("server").value(finding.server);
    if (!finding.site.empty()) json.key("site").value(finding.site);
    json.end_object();
    json.end_object();
}

void write_artifact(JsonWriter& json, const ReportInput& input) {
    json.key("artifacts").begin_array();
    json.begin_object();
    json.key("location").begin_object();
    json.key("uri").value(artifact_uri(input.inventory.path));
    json.end_object();
    json.key("mimeType").value("application/xml");
    if (!input.inventory.sha256.empty()) {
        json.key("hashes").begin_object();
        json.key("sha-256").value(input.inventory.sha256);
        json.end_object();
    }
    json.end_object();
    json.end_array();
}

}  // namespace

std::string artifact_uri(std::string_view path) {
    namespace fs = std::filesystem;
    std::string prefix;
    fs::path file(path);
    if (file.is_absolute()) {
        std::error_code ec;
        const fs::path relative = file.lexically_relative(fs::current_path(ec));
        if (!ec && !relative.empty() && *relative.begin() != "..") {
            file = relative;
        } else {
            prefix = "file://";
        }
    }
    std::string uri = prefix;
    for (const char c : file.generic_string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::string_view("-._~/").find(c) != std::string_view::npos) {
            uri += c;
        } else {
            char escape[4];
            std::snprintf(escape, sizeof escape, "%%%02X", static_cast<unsigned>(byte));
            uri += escape;
        }
    }
    return uri;
}

RenderOutcome render_sarif(const ReportInput& input) {
    const std::vector<SarifRule> rules = collect_rules(input);
    JsonWriter json;
    json.begin_object();
    json.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    json.key("version").value("2.1.0");
    json.key("runs").begin_array();
    json.begin_object();
    json.key("tool").begin_object();
    json.key("driver").begin_object();
    json.key("name").value("upgrade-risk");
    json.key("version").value(input.context.tool_version);
    json.key("rules").begin_array();
    for (const SarifRule& rule : rules) write_rule(json, rule);
    json.end_array();
    json.end_object();
    json.end_object();
    write_artifact(json, input);
    json.key("results").begin_array();
    for (std::size_t i = 0; i < input.result.findings.size(); ++i) write_result(json, input, rules, i);
    if (input.context.baseline) {
        for (const BaselineFinding& finding : input.context.baseline->resolved) write_resolved(json, rules, finding);
    }
    json.end_array();
    json.key("properties").begin_object();
    json.key("verdict").value(analyzer::to_string(input.result.verdict));
    json.key("verdictReason").value(input.result.verdict_reason);
    json.end_object();
    json.end_object();
    json.end_array();
    json.end_object();
    return RenderOutcome{json.finish(), std::nullopt};
}

}  // namespace upgrade_risk::reports
