#include "reports/json_report.h"

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "inventory/timestamp.h"
#include "reports/json_writer.h"
#include "reports/report_names.h"
#include "reports/rollout_moves.h"
#include "reports/wave_facts.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;

/// One member per severity, most severe first, with its count (indexed by Severity).
void write_severity_counts(JsonWriter& json, const std::array<std::size_t, 5>& counts) {
    for (const Severity severity : analyzer::kSeveritiesWorstFirst) {
        json.key(analyzer::to_string(severity));
        json.value(static_cast<std::uint64_t>(counts[static_cast<std::size_t>(severity)]));
    }
}

void write_summary(JsonWriter& json, const ReportInput& input) {
    json.key("summary");
    json.begin_object();
    write_severity_counts(json, input.result.counts_by_severity);
    json.key("total");
    json.value(static_cast<std::uint64_t>(input.result.findings.size()));
    json.key("servers");
    json.value(static_cast<std::uint64_t>(input.inventory.servers.size()));
    json.key("sites");
    json.value(static_cast<std::uint64_t>(input.inventory.sites.size()));
    json.key("servers_exposed");
    json.value(static_cast<std::uint64_t>(servers_with(input.result.findings, std::nullopt)));
    json.key("servers_critical");
    json.value(static_cast<std::uint64_t>(servers_with(input.result.findings, Severity::critical)));
    json.end_object();
}

void write_impact(JsonWriter& json, const Finding& finding, const inventory::Inventory& inventory) {
    json.key("impact");
    if (!finding.impact) {
        json.null();
        return;
    }
    json.begin_object();
    json.key("sites_cut_off");
    json.strings(site_names(finding.impact->sites_cut_off, inventory));
    json.key("sites_cut_off_count");
    json.value(finding.impact->sites_cut_off_count);
    json.key("servers_cut_off");
    json.value(finding.impact->servers_cut_off);
    json.key("mailboxes_cut_off");
    json.value(finding.impact->mailboxes_cut_off);
    json.key("connectors");
    json.strings(connector_names(finding.impact->connectors, inventory));
    json.end_object();
}

void write_figures(JsonWriter& json, std::string_view name, const analyzer::plan::RolloutFigures& figures) {
    json.key(name);
    json.begin_object();
    json.key("verdict");
    json.value(analyzer::to_string(figures.verdict));
    write_severity_counts(json, figures.by_severity);
    json.member("order_findings", figures.order_findings);
    json.member("waves", figures.waves);
    json.member("moves", figures.moves);
    json.end_object();
}

void write_strings(JsonWriter& json, std::string_view name, const std::vector<std::string>& items) {
    json.key(name);
    json.begin_array();
    for (const std::string& item : items) json.value(item);
    json.end_array();
}

/// From `upgrade-risk plan`: the rollout before and after, and why.
void write_plan(JsonWriter& json, const analyzer::plan::PlanComparison& plan) {
    json.key("plan");
    json.begin_object();
    json.key("servers");
    json.value(static_cast<std::uint64_t>(plan.servers));
    json.key("target");
    json.value(inventory::to_string(plan.target));
    write_figures(json, "before", plan.before);
    write_figures(json, "after", plan.after);
    json.key("high_floor");
    json.value(static_cast<std::uint64_t>(plan.high_floor));
    json.key("floor_reached");
    json.value(plan.floor_reached);
    write_strings(json, "floor_sites", plan.floor_sites);
    write_strings(json, "decisions", plan.decisions);
    write_strings(json, "limits", plan.limits);
    write_strings(json, "still_to_provide", plan.still_to_provide);
    json.end_object();
}

void write_location(JsonWriter& json, inventory::SourceLocation location) {
    json.key("line");
    json.value(static_cast<std::uint64_t>(location.line));
    json.key("column");
    json.value(static_cast<std::uint64_t>(location.column));
}

/// With --baseline: what was compared and the findings that are gone since.
void write_baseline(JsonWriter& json, const BaselineComparison& baseline) {
    json.key("baseline");
    json.begin_object();
    json.key("path");
    json.value(baseline.baseline_path);
    json.member_or_null("generated", baseline.baseline_generated);
    json.key("new");
    json.value(static_cast<std::uint64_t>(baseline.added));
    json.key("unchanged");
    json.value(static_cast<std::uint64_t>(baseline.unchanged));
    json.key("resolved");
    json.begin_array();
    for (const BaselineFinding& finding : baseline.resolved) {
        json.begin_object();
        json.key("fingerprint");
        json.value(finding.fingerprint);
        json.key("rule");
        json.value(finding.rule);
        json.key("severity");
        json.value(finding.severity);
        json.key("title");
        json.value(finding.title);
        json.member_or_null("server", finding.server);
        json.member_or_null("site", finding.site);
        json.key("kb");
        json.strings(finding.kb);
        // Where it was in the previous inventory, as that report gave it (SARIF shows it there).
        json.key("location");
        if (finding.location.line > 0) {
            json.begin_object();
            write_location(json, finding.location);
            json.end_object();
        } else {
            json.null();
        }
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

/// A wave's counts: servers and where from (Q179258), findings by severity, blocked ones.
void write_wave_facts(JsonWriter& json, const WaveFacts& facts) {
    json.member("servers", facts.servers);
    json.member("from_4_0", facts.from_4_0);
    json.member("from_5_0", facts.from_5_0);
    json.key("findings");
    json.begin_object();
    write_severity_counts(json, facts.findings);
    json.end_object();
    json.key("blocked");
    json.value(facts.blocked > 0);
    json.member("blocked_servers", facts.blocked);
}

/// The rollout's waves, each with its counts and the bridgehead moves before its upgrades;
/// null without a rollout.
void write_rollout(JsonWriter& json, const inventory::Inventory& inventory,
                   const analyzer::AnalysisResult& result) {
    json.key("rollout");
    if (!inventory.rollout) {
        json.null();
        return;
    }
    json.begin_object();
    json.member("target", inventory::to_string(inventory.rollout->target));
    json.key("waves");
    json.begin_array();
    const std::vector<WaveFacts> facts = wave_facts(inventory, result);
    for (std::size_t w = 0; w < facts.size(); ++w) {
        const inventory::Wave& wave = inventory.rollout->waves[w];
        json.begin_object();
        json.member("name", wave.name);
        json.member_or_null("start", wave.start ? std::string_view(wave.start->text) : "");
        write_wave_facts(json, facts[w]);
        json.key("moves");
        json.begin_array();
        for (const inventory::BridgeheadMove& move : wave.moves) {
            const MoveNames names = move_names(inventory, move);
            json.begin_object();
            json.member("connector", names.connector);
            json.member("site", names.site);
            json.member("from", names.from);
            json.member("to", names.to);
            write_location(json, move.source);
            json.end_object();
        }
        json.end_array();
        json.end_object();
        json.spill();
    }
    json.end_array();
    json.end_object();
}

void write_finding(JsonWriter& json, std::size_t index, const ReportInput& input) {
    const Finding& finding = input.result.findings[index];
    const FindingSubject subject = subject_of(finding, input.inventory);
    const auto kept = input.result.words(finding);
    const analyzer::FindingWords& words = *kept;
    json.begin_object();
    json.key("fingerprint");
    json.value(analyzer::fingerprint(finding, input.inventory));
    if (input.context.baseline) {
        json.key("baseline_state");
        json.value(to_string(input.context.baseline->states[index]));
    }
    json.key("rule");
    json.value(finding.rule_id());
    json.key("severity");
    json.value(analyzer::to_string(finding.severity()));
    json.key("confidence");
    json.value(analyzer::to_string(finding.confidence));
    json.key("title");
    json.value(words.title);
    json.member_or_null("server", subject.server);
    json.member_or_null("site", subject.site);
    json.member_or_null("wave", subject.wave);
    json.key("connectors");
    json.strings(connector_names(finding.connectors, input.inventory));
    json.key("kb");
    json.strings(finding.kb());
    json.key("location");
    json.begin_object();
    write_location(json, finding.location);
    json.end_object();
    json.key("evidence");
    json.strings(words.evidence);
    write_impact(json, finding, input.inventory);
    json.key("prerequisites");
    json.begin_array();
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        json.begin_object();
        json.key("id");
        json.value(prerequisite_id(finding.prerequisites[i]));
        json.key("satisfied");
        json.value(finding.prerequisites[i].satisfied);
        json.key("reason");
        json.value(words.prerequisites[i]);
        json.end_object();
    }
    json.end_array();
    json.key("mitigations");
    json.begin_array();
    for (std::size_t i = 0; i < finding.mitigations.size(); ++i) {
        const analyzer::MitigationKind kind = finding.mitigations[i].kind;
        json.begin_object();
        json.key("id");
        json.value(analyzer::mitigation_id(kind));
        json.key("text");
        json.value(words.mitigations[i]);
        json.key("kb");
        json.strings(analyzer::mitigation_kb(kind));
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

}  // namespace

RenderError render_json(const ReportInput& input, ReportSink& sink) {
    const auto& inventory = input.inventory;
    JsonWriter json(sink);
    json.begin_object();
    json.key("format_version");
    json.value(kJsonFormatVersion);
    json.key("tool");
    json.begin_object();
    json.key("name");
    json.value("upgrade-risk");
    json.key("version");
    json.value(input.context.tool_version);
    json.end_object();
    json.key("inventory");
    json.begin_object();
    json.key("path");
    json.value(inventory.path);
    json.member_or_null("sha256", inventory.sha256);
    json.key("organization");
    json.value(inventory.organization.name);
    json.member_or_null("captured", inventory.captured ? inventory.captured->text : "");
    json.end_object();
    json.key("generated");
    json.value(inventory::format_utc(input.context.generated_epoch_seconds));
    json.key("options");
    json.begin_object();
    json.key("max_backup_age_hours");
    json.value(static_cast<std::uint64_t>(input.result.options().max_backup_age_seconds / 3600));
    json.end_object();
    json.key("verdict");
    json.value(analyzer::to_string(input.result.verdict));
    json.key("verdict_reason");
    json.value(input.result.verdict_reason);
    write_summary(json, input);
    if (input.context.baseline) write_baseline(json, *input.context.baseline);
    write_rollout(json, inventory, input.result);
    if (input.context.plan) write_plan(json, *input.context.plan);
    json.key("findings");
    json.begin_array();
    for (std::size_t i = 0; i < input.result.findings.size(); ++i) {
        write_finding(json, i, input);
        json.spill();
    }
    json.end_array();
    json.end_object();
    json.finish();
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
