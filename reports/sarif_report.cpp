#include "reports/sarif_report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "analyzer/rule_docs.h"
#include "reports/json_writer.h"
#include "reports/kb_link.h"
#include "reports/report_names.h"
#include "reports/sarif_selection.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;

void member(JsonWriter& json, std::string_view name, std::string_view text) {
    json.key(name);
    json.value(text);
}

void member(JsonWriter& json, std::string_view name, std::uint64_t number) {
    json.key(name);
    json.value(number);
}

/// `"name": {"text": ...}`, SARIF's message and description shape.
void text_member(JsonWriter& json, std::string_view name, std::string_view text) {
    json.key(name);
    json.begin_object();
    member(json, "text", text);
    json.end_object();
}

void open_object(JsonWriter& json, std::string_view name) {
    json.key(name);
    json.begin_object();
}

void open_array(JsonWriter& json, std::string_view name) {
    json.key(name);
    json.begin_array();
}

/// What SARIF says about one rule, collected from the findings that name it.
struct SarifRule {
    std::string id;
    std::string severity;
    std::string confidence;
    std::string description;
    std::string kb;
    /// From the rule's page (docs/rules/ID.md): "What it finds" and "How to fix" as plain
    /// text, and the whole page; empty for a rule this version does not know.
    std::string help_text;
    std::string_view help_markdown;
};

/// The help SARIF viewers show beside a result: the rule's own page, built into the program.
void add_help(SarifRule& rule) {
    for (const char* heading : {"What it finds", "How to fix"}) {
        for (const std::string& paragraph : analyzer::rule_doc_section(rule.id, heading)) {
            rule.help_text += (rule.help_text.empty() ? "" : "\n\n") + paragraph;
        }
    }
    for (const analyzer::RuleDoc& doc : analyzer::rule_docs()) {
        if (doc.id == rule.id) rule.help_markdown = doc.markdown;
    }
}

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

/// The rule as `upgrade-risk rules` describes it, with the first article it rests on.
SarifRule describe_rule(const analyzer::Rule& known) {
    SarifRule rule{std::string(known.id), std::string(analyzer::to_string(known.severity)),
                   std::string(known.confidence), std::string(known.summary),
                   known.kb.empty() ? std::string() : std::string(known.kb.front()), {}, {}};
    add_help(rule);
    return rule;
}

/// A rule only a baseline names (from another version of the tool): what the baseline says.
SarifRule describe_rule(const BaselineFinding& finding) {
    if (const analyzer::Rule* known = analyzer::find_rule(finding.rule)) return describe_rule(*known);
    return SarifRule{finding.rule, finding.severity, "", finding.rule,
                     finding.kb.empty() ? std::string() : finding.kb.front(), {}, {}};
}

/// Every rule that a result of the log refers to, sorted by id.
std::vector<SarifRule> collect_rules(const ReportInput& input, const SarifSelection& selection) {
    std::map<std::string, SarifRule, std::less<>> rules;
    for (const std::size_t index : selection.findings) {
        const Finding& finding = input.result.findings[index];
        if (!rules.contains(finding.rule_id())) {
            rules.emplace(finding.rule_id(), describe_rule(*finding.rule));
        }
    }
    for (const std::size_t index : selection.resolved) {
        const BaselineFinding& finding = input.context.baseline->resolved[index];
        if (!rules.contains(finding.rule)) {
            rules.emplace(finding.rule, describe_rule(finding));
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
    member(json, "id", rule.id);
    member(json, "name", pascal_case(rule.id));
    text_member(json, "shortDescription", rule.description);
    text_member(json, "fullDescription",
                rule.description + (rule.confidence.empty() ? "" : " (confidence: " + rule.confidence + ")") +
                    ". For why it matters and how to fix it, run: upgrade-risk explain " + rule.id);
    if (!rule.kb.empty()) member(json, "helpUri", kb_url(rule.kb));
    if (!rule.help_text.empty()) {
        open_object(json, "help");
        member(json, "text", rule.help_text);
        if (!rule.help_markdown.empty()) member(json, "markdown", rule.help_markdown);
        json.end_object();
    }
    open_object(json, "defaultConfiguration");
    member(json, "level", level_of(rule.severity));
    json.end_object();
    open_object(json, "properties");
    member(json, "severity", rule.severity);
    if (!rule.confidence.empty()) member(json, "confidence", rule.confidence);
    json.end_object();
    json.end_object();
}

/// The title plus the facts a reader needs without opening the full report.
std::string message_of(const Finding& finding, const ReportInput& input) {
    const auto kept = input.result.words(finding);
    const analyzer::FindingWords& words = *kept;
    std::string text = words.title;
    for (const std::string_view fact : words.evidence) {
        text += "\n- ";
        text += fact;
    }
    if (finding.impact && !finding.impact->sites_cut_off.empty()) {
        text += "\nCut off if its backout fails: " +
                analyzer::sites_cut_off_text(*finding.impact, input.inventory);
        text += " (" + analyzer::count_of(finding.impact->servers_cut_off, "server") + ", " +
                analyzer::count_of(finding.impact->mailboxes_cut_off, "mailbox") + ").";
    }
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        if (!finding.prerequisites[i].satisfied) {
            text += analyzer::concat({"\nMissing ", prerequisite_id(finding.prerequisites[i]), ": ",
                                      words.prerequisites[i]});
        }
    }
    return text;
}

/// `uri` is the inventory's artifact_uri, made once per report: it asks the system for the
/// working folder, which cost more than the rest of a result.
void write_location(JsonWriter& json, std::string_view uri, inventory::SourceLocation location) {
    open_array(json, "locations");
    json.begin_object();
    open_object(json, "physicalLocation");
    open_object(json, "artifactLocation");
    member(json, "uri", uri);
    member(json, "index", std::uint64_t{0});
    json.end_object();
    if (location.line > 0) {
        open_object(json, "region");
        member(json, "startLine", std::uint64_t{location.line});
        if (location.column > 0) member(json, "startColumn", std::uint64_t{location.column});
        json.end_object();
    }
    json.end_object();
    json.end_object();
    json.end_array();
}

void write_fingerprint(JsonWriter& json, const std::string& fingerprint) {
    open_object(json, "partialFingerprints");
    member(json, "upgradeRisk/v1", fingerprint);
    json.end_object();
}

void write_result(JsonWriter& json, const ReportInput& input, const std::vector<SarifRule>& rules,
                  std::string_view uri, std::size_t index) {
    const Finding& finding = input.result.findings[index];
    const FindingSubject subject = subject_of(finding, input.inventory);
    const std::string_view severity = analyzer::to_string(finding.severity());
    json.begin_object();
    member(json, "ruleId", finding.rule_id());
    member(json, "ruleIndex", static_cast<std::uint64_t>(rule_index(rules, finding.rule_id())));
    member(json, "level", level_of(severity));
    text_member(json, "message", message_of(finding, input));
    write_location(json, uri, finding.location);
    write_fingerprint(json, analyzer::fingerprint(finding, input.inventory));
    if (input.context.baseline) member(json, "baselineState", to_string(input.context.baseline->states[index]));
    open_object(json, "properties");
    member(json, "severity", severity);
    member(json, "confidence", analyzer::to_string(finding.confidence));
    if (!subject.server.empty()) member(json, "server", subject.server);
    if (!subject.site.empty()) member(json, "site", subject.site);
    if (!subject.wave.empty()) member(json, "wave", subject.wave);
    json.key("kb");
    json.strings(finding.kb());
    json.end_object();
    json.end_object();
}

/// A finding of the baseline that no longer occurs: SARIF's "absent" state, at the place the
/// baseline last saw it (code scanning needs a location on every result).
void write_resolved(JsonWriter& json, const std::vector<SarifRule>& rules, std::string_view uri,
                    const BaselineFinding& finding) {
    json.begin_object();
    member(json, "ruleId", finding.rule);
    member(json, "ruleIndex", static_cast<std::uint64_t>(rule_index(rules, finding.rule)));
    member(json, "level", level_of(finding.severity));
    text_member(json, "message", "Resolved since the baseline: " + finding.title);
    write_location(json, uri, finding.location);
    write_fingerprint(json, finding.fingerprint);
    member(json, "baselineState", "absent");
    open_object(json, "properties");
    member(json, "severity", finding.severity);
    if (!finding.server.empty()) member(json, "server", finding.server);
    if (!finding.site.empty()) member(json, "site", finding.site);
    json.end_object();
    json.end_object();
}

/// The run's invocation; when results were left out, a notification that says which and
/// where they all are (a warning when the cap left some out, a note for the floor alone).
void write_invocation(JsonWriter& json, const SarifSelection& selection, const SarifLimits& limits) {
    open_array(json, "invocations");
    json.begin_object();
    json.key("executionSuccessful");
    json.value(true);
    if (const std::string left_out = left_out_text(selection, limits); !left_out.empty()) {
        open_array(json, "toolExecutionNotifications");
        json.begin_object();
        member(json, "level", capped(selection) ? "warning" : "note");
        text_member(json, "message", left_out);
        open_object(json, "properties");
        member(json, "resultsLeftOut",
               static_cast<std::uint64_t>(selection.total - selection.findings.size() - selection.resolved.size()));
        json.end_object();
        json.end_object();
        json.end_array();
    }
    json.end_object();
    json.end_array();
}

void write_artifact(JsonWriter& json, const ReportInput& input, std::string_view uri) {
    open_array(json, "artifacts");
    json.begin_object();
    open_object(json, "location");
    member(json, "uri", uri);
    json.end_object();
    member(json, "mimeType", "application/xml");
    if (!input.inventory.sha256.empty()) {
        open_object(json, "hashes");
        member(json, "sha-256", input.inventory.sha256);
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

RenderError render_sarif(const ReportInput& input, ReportSink& sink) {
    const BaselineComparison* since = input.context.baseline ? &*input.context.baseline : nullptr;
    const SarifSelection selection = select_sarif_results(input.result, since, input.context.sarif);
    const std::vector<SarifRule> rules = collect_rules(input, selection);
    JsonWriter json(sink);
    json.begin_object();
    member(json, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    member(json, "version", "2.1.0");
    open_array(json, "runs");
    json.begin_object();
    open_object(json, "tool");
    open_object(json, "driver");
    member(json, "name", "upgrade-risk");
    member(json, "version", input.context.tool_version);
    open_array(json, "rules");
    for (const SarifRule& rule : rules) write_rule(json, rule);
    json.end_array();
    json.end_object();
    json.end_object();
    // The inventory loader counts columns in characters (inventory/line_table.h).
    member(json, "columnKind", "unicodeCodePoints");
    write_invocation(json, selection, input.context.sarif);
    const std::string uri = artifact_uri(input.inventory.path);
    write_artifact(json, input, uri);
    open_array(json, "results");
    for (const std::size_t index : selection.findings) {
        write_result(json, input, rules, uri, index);
        json.spill();
    }
    for (const std::size_t index : selection.resolved) write_resolved(json, rules, uri, since->resolved[index]);
    json.end_array();
    open_object(json, "properties");
    member(json, "verdict", analyzer::to_string(input.result.verdict));
    member(json, "verdictReason", input.result.verdict_reason);
    json.end_object();
    json.end_object();
    json.end_array();
    json.end_object();
    json.finish();
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
