#include "reports/markdown_report.h"

#include <set>
#include <sstream>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "inventory/timestamp.h"
#include "reports/report_names.h"
#include "reports/kb_link.h"
#include "reports/plan_text.h"
#include "reports/rollout_moves.h"
#include "reports/rule_counts.h"
#include "reports/summary_limits.h"
#include "reports/wave_facts.h"

namespace upgrade_risk::reports {
namespace {

/// True at the ':' of "scheme://" and the '.' of "www.", where GitHub-flavoured Markdown would
/// turn inventory text into a link ('@' of an e-mail address is escaped always).
bool starts_autolink(std::string_view text, std::size_t i) {
    if (text[i] == ':') return text.substr(i + 1, 2) == "//";
    if (text[i] != '.' || i < 3) return false;
    const auto w = [&](std::size_t at) { return text[at] == 'w' || text[at] == 'W'; };
    return w(i - 1) && w(i - 2) && w(i - 3);
}

using analyzer::Finding;
using analyzer::Severity;

constexpr std::string_view kNone = "—";

std::string cell(std::string_view text) { return text.empty() ? std::string(kNone) : markdown_escape(text); }

std::string kb_links(const std::vector<std::string_view>& articles) {
    std::string links;
    for (const std::string_view article : articles) {
        if (!links.empty()) links += ", ";
        links += "[" + markdown_escape(article) + "](" + kb_url(article) + ")";
    }
    return links.empty() ? std::string(kNone) : links;
}

/// "A, B and C", each name escaped.
std::string list_of(const std::vector<std::string_view>& names) {
    std::vector<std::string> items;
    items.reserve(names.size());
    for (const std::string_view name : names) items.push_back(markdown_escape(name));
    return analyzer::join_names(items);
}

void write_header(std::ostream& out, const ReportInput& input) {
    const auto& result = input.result;
    out << "# Exchange upgrade risk: " << markdown_escape(input.inventory.organization.name) << "\n\n"
        << "**Verdict: " << analyzer::to_string(result.verdict) << "**";
    if (!result.verdict_reason.empty()) out << " — " << markdown_escape(result.verdict_reason);
    out << "\n\n"
        << "Inventory " << markdown_escape(input.inventory.path);
    if (!input.inventory.sha256.empty()) out << " (SHA-256 `" << input.inventory.sha256.substr(0, 12) << "…`)";
    out << ", analysed " << inventory::format_utc(input.context.generated_epoch_seconds)
        << " by upgrade-risk " << input.context.tool_version << ".\n\n"
        << "| critical | high | medium | low | info |\n|---:|---:|---:|---:|---:|\n|";
    for (const Severity severity :
         {Severity::critical, Severity::high, Severity::medium, Severity::low, Severity::info}) {
        out << ' ' << analyzer::number_text(result.counts_by_severity[static_cast<std::size_t>(severity)])
            << " |";
    }
    out << "\n\n";
}

/// A row per wave: start, servers and where from (Q179258), findings, moves, blocked.
void write_waves(std::ostream& out, const ReportInput& input) {
    const std::vector<WaveFacts> facts = wave_facts(input.inventory, input.result);
    if (facts.empty()) return;
    out << "## Waves\n\nAn upgrade from 4.0 takes about twice as long as one from 5.0 (Q179258).\n\n"
        << "| wave | start | servers | findings | moves | blocked |\n|---|---|---|---|---:|---|\n";
    const auto& waves = input.inventory.rollout->waves;
    for (std::size_t w = 0; w < waves.size() && w < kListedWavesAtMost; ++w) {
        const WaveFacts& wave = facts[w];
        out << "| " << markdown_escape(waves[w].name) << " | "
            << (waves[w].start ? markdown_escape(waves[w].start->text) : std::string("not given")) << " | "
            << wave_servers_text(wave) << " | " << wave_findings_text(wave) << " | "
            << analyzer::number_text(wave.moves) << " | "
            << (wave.blocked > 0 ? "**yes**: " + wave_blocked_text(wave) : std::string("no")) << " |\n";
    }
    if (waves.size() > kListedWavesAtMost) {
        out << "\n" << markdown_escape(more_waves_text(waves.size(), kListedWavesAtMost)) << ".\n";
    }
    out << '\n';
}

void write_changes(std::ostream& out, const BaselineComparison& baseline) {
    out << "## Changes since the last review\n\n"
        << "Compared with " << markdown_escape(baseline.baseline_path);
    if (!baseline.baseline_generated.empty()) out << " (" << markdown_escape(baseline.baseline_generated) << ")";
    out << ": " << change_counts(baseline) << ".\n\n";
    for (std::size_t i = 0; i < baseline.resolved.size() && i < kListedChangesAtMost; ++i) {
        out << "- Resolved: " << markdown_escape(baseline.resolved[i].title) << " (`"
            << baseline.resolved[i].rule << "`)\n";
    }
    if (baseline.resolved.size() > kListedChangesAtMost) {
        out << "- " << and_more(baseline.resolved.size(), kListedChangesAtMost, "resolved: ")
            << kEveryResolvedIsListed << '\n';
    }
    if (!baseline.resolved.empty()) out << '\n';
}

void write_findings_table(std::ostream& out, const ReportInput& input) {
    out << "## Findings\n\n";
    if (input.result.findings.empty()) {
        out << "No findings.\n\n";
        return;
    }
    const auto& baseline = input.context.baseline;
    out << "| # |" << (baseline ? " Change |" : "")
        << " Severity | Rule | Wave | Site | Server | Line | Finding | KB |\n|---:|"
        << (baseline ? "---|" : "") << "---|---|---|---|---|---:|---|---|\n";
    const std::size_t total = input.result.findings.size();
    for (std::size_t i = 0; i < total && i < kListedFindingsAtMost; ++i) {
        const Finding& finding = input.result.findings[i];
        const FindingSubject subject = subject_of(finding, input.inventory);
        out << "| " << i + 1 << " |";
        if (baseline) out << ' ' << to_string(baseline->states[i]) << " |";
        out << ' ' << analyzer::to_string(finding.severity()) << " | `" << finding.rule_id() << "` | "
            << cell(subject.wave) << " | " << cell(subject.site) << " | " << cell(subject.server) << " | "
            << (finding.location.line > 0 ? std::to_string(finding.location.line) : std::string(kNone))
            << " | " << cell(input.result.title(finding)) << " | " << kb_links(finding.kb())
            << " |\n";
    }
    out << '\n';
    if (total <= kListedFindingsAtMost) return;
    out << "The table lists the first " << kListedFindingsAtMost << " findings; the other "
        << analyzer::number_text(total - kListedFindingsAtMost) << " are not shown here: "
        << kEveryOneIsListed << ". All "
        << analyzer::number_text(total) << ", by rule:\n\n| Severity | Rule | Findings |\n|---|---|---:|\n";
    for (const RuleCount& row : count_by_rule(input.result.findings, [](const Finding&) { return true; })) {
        out << "| " << analyzer::to_string(row.severity) << " | `" << row.rule << "` | "
            << analyzer::number_text(row.count) << " |\n";
    }
    out << '\n';
}

void write_critical_server(std::ostream& out, const Finding& finding, const ReportInput& input) {
    const inventory::Inventory& inventory = input.inventory;
    const FindingSubject subject = subject_of(finding, inventory);
    const analyzer::FindingWords words = input.result.words(finding);
    out << "### " << markdown_escape(subject.server) << " (site " << cell(subject.site);
    if (!subject.wave.empty()) out << ", " << markdown_escape(subject.wave);
    out << ")\n\n" << markdown_escape(words.title) << " " << kb_links(finding.kb()) << "\n\n";
    if (finding.impact) {
        const analyzer::Impact& impact = *finding.impact;
        out << "- Cut off if its backout fails: "
            << (impact.sites_cut_off_count == 0
                    ? std::string(kNone)
                    : analyzer::sites_cut_off_text(impact, inventory, markdown_escape))
            << " (" << analyzer::count_of(impact.servers_cut_off, "server") << ", "
            << analyzer::count_of(impact.mailboxes_cut_off, "mailbox") << ")";
        if (!impact.connectors.empty()) {
            out << " through " << list_of(connector_names(impact.connectors, inventory));
        }
        out << "\n";
    }
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
        out << "- [" << (prerequisite.satisfied ? 'x' : ' ') << "] `" << prerequisite_id(prerequisite)
            << "`: " << markdown_escape(words.prerequisites[i]) << "\n";
    }
    for (std::size_t i = 0; i < finding.mitigations.size(); ++i) {
        out << "- Alternative: " << markdown_escape(words.mitigations[i]) << " "
            << kb_links(analyzer::mitigation_kb(finding.mitigations[i].kind)) << "\n";
    }
    out << '\n';
}

/// One line per wave that moves bridgehead roles, in rollout order: steps to schedule before
/// that wave's upgrades. Nothing without moves.
void write_bridgehead_moves(std::ostream& out, const inventory::Inventory& inventory) {
    if (!inventory.rollout) return;
    std::size_t waves = 0;
    std::size_t moves = 0;
    for (const inventory::Wave& wave : inventory.rollout->waves) {
        if (wave.moves.empty()) continue;
        if (waves == 0) out << "## Bridgehead moves\n\n";
        moves += wave.moves.size();
        if (++waves > kListedMoveWavesAtMost) continue;
        out << "- " << moves_step(inventory, wave, wave.moves, markdown_escape, kb_links({"Q254188"}))
            << ".\n";
    }
    if (waves == 0) return;
    if (waves > kListedMoveWavesAtMost) {
        out << "- " << and_more(waves, kListedMoveWavesAtMost, "waves with moves: ")
            << "the JSON report lists them all (`rollout.waves`).\n";
    }
    out << "\nEach move makes both ends of its connector re-replicate everything through it, in both "
        << "directions (`move-bridgehead-full-replication`): " << analyzer::count_of(moves, "move")
        << " to schedule.\n\n";
}

/// From `upgrade-risk plan`: the rollout before and after, the floor, the first decisions.
void write_plan(std::ostream& out, const analyzer::plan::PlanComparison& plan) {
    out << "## Plan\n\n" << markdown_escape(analyzer::count_of(plan.servers, "server")) << " to "
        << inventory::to_string(plan.target) << ", planned by `upgrade-risk plan`.\n\n"
        << "| | before | after |\n|---|---|---|\n";
    for (const PlanRow& row : plan_rows(plan)) {
        out << "| " << row.label << " | " << row.before << " | " << row.after << " |\n";
    }
    out << '\n';
    for (const std::string& sentence : floor_sentences(plan)) out << markdown_escape(sentence) << "\n\n";
    for (std::size_t i = 0; i < plan.decisions.size() && i < kListedChangesAtMost; ++i) {
        out << "- " << markdown_escape(plan.decisions[i]) << '\n';
    }
    if (plan.decisions.size() > kListedChangesAtMost) {
        out << "- " << and_more(plan.decisions.size(), kListedChangesAtMost, "decisions: ")
            << "every one is in the HTML and JSON reports.\n";
    }
    if (!plan.decisions.empty()) out << '\n';
}

void write_next_steps(std::ostream& out, const ReportInput& input, bool any_critical) {
    out << "## Next steps\n\n";
    std::size_t step = 0;
    if (input.result.verdict == analyzer::Verdict::no_go) {
        out << ++step << ". Do not start the rollout: obtain every prerequisite marked [ ] above, "
            << "then run the analysis again.\n";
    }
    if (any_critical) {
        out << ++step << ". Tick by hand what the inventory cannot prove: the Exchange service account "
            << "and its password are at hand (Q169114), and a restore of each directory backup has been "
            << "tested offline (Q183266).\n";
        out << ++step << ". If an upgrade fails: do not delete the server from its site before it is "
            << "restored (Q196406); allow 16 hours after the directory restore, while it may refuse "
            << "changes (Q160850); reinstall 4.0 beside a 5.0 server with the 5.0 CD's updated Setup.exe "
            << "(Q164564). The HTML report's runbook gives each step with the server's names.\n";
    }
    // One step per serious finding, its ways out in one paragraph; a way out already offered in
    // the same site (findings of one server share some) is not repeated.
    std::set<std::pair<std::string_view, std::string>> seen;
    std::size_t serious = 0;
    for (const Finding& finding : input.result.findings) {
        if (finding.severity() < Severity::high) continue;
        if (++serious > kDetailedCriticalAtMost) continue;
        const FindingSubject subject = subject_of(finding, input.inventory);
        std::string ways;
        analyzer::FindingWords words = input.result.words(finding);
        for (std::string& text : words.mitigations) {
            const std::string escaped = markdown_escape(text);
            if (seen.emplace(subject.site, std::move(text)).second) {
                ways += (ways.empty() ? "" : " ") + escaped;
            }
        }
        if (ways.empty()) continue;
        const std::string_view name = subject.server.empty() ? subject.site : subject.server;
        out << ++step << ". "
            << (name.empty()
                    ? std::string()
                    : analyzer::concat({markdown_escape(name), " (`", finding.rule_id(), "`): "}))
            << ways << "\n";
    }
    if (serious > kDetailedCriticalAtMost) {
        out << ++step << ". Fix or sign off the other "
            << analyzer::number_text(serious - kDetailedCriticalAtMost)
            << " critical and high findings, with the ways out their cards give in the HTML report.\n";
    }
    if (input.context.baseline && input.context.baseline->added > 0) {
        out << ++step << ". Review the " << analyzer::number_text(input.context.baseline->added)
            << " new findings since the last review with the change board.\n";
    }
    if (find_report_format("html")) out << ++step << ". Attach the full HTML report (`--html`) to the change ticket.\n";
    out << ++step << ". Keep this run's JSON (`-o json=FILE`) and pass it as `--baseline` at the next "
        << "review to see what changed.\n";
}

}  // namespace

std::string markdown_escape(std::string_view text) {
    std::string escaped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (!escaped.empty() && escaped.back() != ' ') escaped += ' ';
            continue;
        }
        const bool special = std::string_view("\\`*_[]<>|~&#!@").find(c) != std::string_view::npos;
        const bool starts_block = i == 0 && std::string_view("-+=").find(c) != std::string_view::npos;
        if (special || starts_block || starts_autolink(text, i)) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

RenderError render_markdown(const ReportInput& input, ReportSink& sink) {
    std::ostringstream out;
    write_header(out, input);
    write_waves(out, input);
    if (input.context.baseline) write_changes(out, *input.context.baseline);
    if (input.context.plan) write_plan(out, *input.context.plan);
    write_findings_table(out, input);
    std::size_t critical = 0;
    for (const Finding& finding : input.result.findings) {
        if (finding.severity() != Severity::critical || !finding.server) continue;
        if (critical == 0) out << "## Critical servers\n\n";
        if (++critical <= kDetailedCriticalAtMost) write_critical_server(out, finding, input);
    }
    if (critical > kDetailedCriticalAtMost) {
        out << and_more(critical, kDetailedCriticalAtMost, "critical servers: ") << kEveryOneIsListed
            << ".\n\n";
    }
    write_bridgehead_moves(out, input.inventory);
    const bool any_critical = critical > 0;
    write_next_steps(out, input, any_critical);
    sink.append(out.str());
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
