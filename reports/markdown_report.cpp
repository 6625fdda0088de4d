#include "reports/markdown_report.h"

#include <algorithm>
#include <set>
#include <span>
#include <sstream>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "inventory/timestamp.h"
#include "reports/report_names.h"
#include "reports/kb_link.h"
#include "reports/markdown_limits.h"
#include "reports/markdown_text.h"
#include "reports/plan_text.h"
#include "reports/rollout_moves.h"
#include "reports/rule_counts.h"
#include "reports/summary_limits.h"
#include "reports/wave_facts.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;

constexpr std::string_view kNone = "—";

std::string cell(std::string_view name) { return name.empty() ? std::string(kNone) : markdown_name(name); }

std::string kb_links(const std::vector<std::string_view>& articles) {
    std::string links;
    for (const std::string_view article : articles) {
        if (!links.empty()) links += ", ";
        links += "[" + markdown_escape(article) + "](" + kb_url(article) + ")";
    }
    return links.empty() ? std::string(kNone) : links;
}

/// "A, B and C", each connector name cut and escaped; past kMarkdownNamesListedAtMost, "A, B, ...
/// and 7 more connectors".
std::string connectors_text(const std::vector<std::string_view>& names) {
    const std::size_t named = std::min(names.size(), kMarkdownNamesListedAtMost);
    std::vector<std::string> items;
    items.reserve(named + 1);
    for (std::size_t i = 0; i < named; ++i) items.push_back(markdown_name(names[i]));
    if (names.size() > named) items.push_back(analyzer::count_of(names.size() - named, "more connector"));
    return analyzer::join_names(items);
}

/// Where everything this summary leaves out is, and the command that writes it.
std::string full_reports(const ReportInput& input) {
    return "The HTML, JSON and CSV reports of the same run list every finding in full; to write "
           "them:\n\n" +
           code_span(full_reports_command(clip(input.inventory.path, kMarkdownTextAtMost)) +
                     " -o csv=upgrade-risk-report.csv") +
           "\n";
}

void write_header(std::ostream& out, const ReportInput& input) {
    const auto& result = input.result;
    out << "# Exchange upgrade risk: " << markdown_name(input.inventory.organization.name) << "\n\n"
        << "**Verdict: " << analyzer::to_string(result.verdict) << "**";
    if (!result.verdict_reason.empty()) out << " — " << markdown_text(result.verdict_reason);
    out << "\n\n"
        << "Inventory " << markdown_text(input.inventory.path);
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

/// False when the summary left something out, which "Full reports" then points to.
using Complete = bool;

/// A row per wave: start, servers and where from (Q179258), findings, moves, blocked.
Complete write_waves(std::ostream& out, const ReportInput& input) {
    const std::vector<WaveFacts> facts = wave_facts(input.inventory, input.result);
    if (facts.empty()) return true;
    out << "## Waves\n\nAn upgrade from 4.0 takes about twice as long as one from 5.0 (Q179258).\n\n"
        << "| wave | start | servers | findings | moves | blocked |\n|---|---|---|---|---:|---|\n";
    const auto& waves = input.inventory.rollout->waves;
    for (std::size_t w = 0; w < waves.size() && w < kListedWavesAtMost; ++w) {
        const WaveFacts& wave = facts[w];
        out << "| " << markdown_name(waves[w].name) << " | "
            << (waves[w].start ? markdown_text(waves[w].start->text) : std::string("not given")) << " | "
            << wave_servers_text(wave) << " | " << wave_findings_text(wave) << " | "
            << analyzer::number_text(wave.moves) << " | "
            << (wave.blocked > 0 ? "**yes**: " + wave_blocked_text(wave) : std::string("no")) << " |\n";
    }
    if (waves.size() > kListedWavesAtMost) {
        out << "\n" << markdown_escape(more_waves_text(waves.size(), kListedWavesAtMost)) << ".\n";
    }
    out << '\n';
    return waves.size() <= kListedWavesAtMost;
}

Complete write_changes(std::ostream& out, const BaselineComparison& baseline) {
    out << "## Changes since the last review\n\n"
        << "Compared with " << markdown_text(baseline.baseline_path);
    if (!baseline.baseline_generated.empty()) out << " (" << markdown_text(baseline.baseline_generated) << ")";
    out << ": " << change_counts(baseline) << ".\n\n";
    BoundedList resolved(kResolvedShare);
    for (std::size_t i = 0; i < baseline.resolved.size() && i < kListedChangesAtMost; ++i) {
        if (!resolved.add(analyzer::concat({"- Resolved: ", markdown_text(baseline.resolved[i].title), " (`",
                                            baseline.resolved[i].rule, "`)\n"}))) {
            break;
        }
    }
    out << resolved.text();
    const std::size_t listed = resolved.listed();
    if (baseline.resolved.size() > listed) {
        out << "- " << and_more(baseline.resolved.size(), listed, "resolved: ") << kEveryResolvedIsListed
            << '\n';
    }
    if (!baseline.resolved.empty()) out << '\n';
    return baseline.resolved.size() == listed;
}

Complete write_findings_table(std::ostream& out, const ReportInput& input) {
    out << "## Findings\n\n";
    if (input.result.findings.empty()) {
        out << "No findings.\n\n";
        return true;
    }
    const auto& baseline = input.context.baseline;
    out << "| # |" << (baseline ? " Change |" : "")
        << " Severity | Rule | Wave | Site | Server | Line | Finding | KB |\n|---:|"
        << (baseline ? "---|" : "") << "---|---|---|---|---|---:|---|---|\n";
    const std::size_t total = input.result.findings.size();
    BoundedList rows(kFindingsRowsShare);
    for (std::size_t i = 0; i < total && i < kListedFindingsAtMost; ++i) {
        const Finding& finding = input.result.findings[i];
        const FindingSubject subject = subject_of(finding, input.inventory);
        std::ostringstream row;
        row << "| " << i + 1 << " |";
        if (baseline) row << ' ' << to_string(baseline->states[i]) << " |";
        const std::string title = input.result.title(finding);
        row << ' ' << analyzer::to_string(finding.severity()) << " | `" << finding.rule_id() << "` | "
            << cell(subject.wave) << " | " << cell(subject.site) << " | " << cell(subject.server) << " | "
            << (finding.location.line > 0 ? std::to_string(finding.location.line) : std::string(kNone))
            << " | " << (title.empty() ? std::string(kNone) : markdown_text(title)) << " | "
            << kb_links(finding.kb()) << " |\n";
        if (!rows.add(row.str())) break;
    }
    out << rows.text() << '\n';
    const std::size_t listed = rows.listed();
    if (total == listed) return true;
    out << "The table lists the first " << listed << " findings; the other "
        << analyzer::number_text(total - listed) << " are not shown here: "
        << kEveryOneIsListed << ". All "
        << analyzer::number_text(total) << ", by rule:\n\n| Severity | Rule | Findings |\n|---|---|---:|\n";
    for (const RuleCount& row : count_by_rule(input.result.findings, [](const Finding&) { return true; })) {
        out << "| " << analyzer::to_string(row.severity) << " | `" << row.rule << "` | "
            << analyzer::number_text(row.count) << " |\n";
    }
    out << '\n';
    return false;
}

void write_critical_server(std::ostream& out, const Finding& finding, const ReportInput& input) {
    const inventory::Inventory& inventory = input.inventory;
    const FindingSubject subject = subject_of(finding, inventory);
    const auto kept = input.result.words(finding);
    const analyzer::FindingWords& words = *kept;
    out << "### " << markdown_name(subject.server) << " (site " << cell(subject.site);
    if (!subject.wave.empty()) out << ", " << markdown_name(subject.wave);
    out << ")\n\n" << markdown_text(words.title) << " " << kb_links(finding.kb()) << "\n\n";
    if (finding.impact) {
        const analyzer::Impact& impact = *finding.impact;
        out << "- Cut off if its backout fails: "
            << (impact.sites_cut_off_count == 0
                    ? std::string(kNone)
                    : analyzer::sites_cut_off_text(impact, inventory, markdown_name, kMarkdownNamesListedAtMost))
            << " (" << analyzer::count_of(impact.servers_cut_off, "server") << ", "
            << analyzer::count_of(impact.mailboxes_cut_off, "mailbox") << ")";
        if (!impact.connectors.empty()) {
            out << " through " << connectors_text(connector_names(impact.connectors, inventory));
        }
        out << "\n";
    }
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
        out << "- [" << (prerequisite.satisfied ? 'x' : ' ') << "] `" << prerequisite_id(prerequisite)
            << "`: " << markdown_text(words.prerequisites[i]) << "\n";
    }
    for (std::size_t i = 0; i < finding.mitigations.size(); ++i) {
        out << "- Alternative: " << markdown_text(words.mitigations[i]) << " "
            << kb_links(analyzer::mitigation_kb(finding.mitigations[i].kind)) << "\n";
    }
    out << '\n';
}

bool is_critical_server(const Finding& finding) {
    return finding.severity() == Severity::critical && finding.server.has_value();
}

/// "Critical servers": each critical finding of a server with what it cuts off and needs, while
/// they fit in their share.
Complete write_critical_servers(std::ostream& out, const ReportInput& input) {
    std::size_t critical = 0;
    BoundedList sections(kCriticalServersShare);
    for (const Finding& finding : input.result.findings) {
        if (!is_critical_server(finding)) continue;
        if (++critical > kDetailedCriticalAtMost || sections.full()) continue;
        std::ostringstream section;
        write_critical_server(section, finding, input);
        sections.add(section.str());
    }
    if (critical == 0) return true;
    out << "## Critical servers\n\n" << sections.text();
    if (critical == sections.listed()) return true;
    out << and_more(critical, sections.listed(), "critical servers: ") << kEveryOneIsListed << ".\n\n";
    return false;
}

/// One line per wave that moves bridgehead roles, in rollout order: steps to schedule before
/// that wave's upgrades, the first kMovesNamedPerWave moves of each named. Nothing without moves.
Complete write_bridgehead_moves(std::ostream& out, const inventory::Inventory& inventory) {
    if (!inventory.rollout) return true;
    constexpr std::string_view kEveryMove = "the JSON report lists them all (`rollout.waves`)";
    std::size_t waves = 0;
    std::size_t moves = 0;
    bool every_move_named = true;
    BoundedList lines(kMoveWavesShare);
    for (const inventory::Wave& wave : inventory.rollout->waves) {
        if (wave.moves.empty()) continue;
        ++waves;
        moves += wave.moves.size();
        if (lines.listed() == kListedMoveWavesAtMost || lines.full()) continue;
        const std::size_t named = std::min(wave.moves.size(), kMovesNamedPerWave);
        std::string line = "- " + moves_step(inventory, wave, std::span(wave.moves).first(named), markdown_name,
                                             kb_links({"Q254188"}));
        if (named < wave.moves.size()) {
            line += "; " + and_more(wave.moves.size(), named, "moves in this wave: ") + std::string(kEveryMove);
        }
        if (lines.add(line + ".\n") && named < wave.moves.size()) every_move_named = false;
    }
    if (waves == 0) return true;
    out << "## Bridgehead moves\n\n" << lines.text();
    if (waves > lines.listed()) {
        out << "- " << and_more(waves, lines.listed(), "waves with moves: ") << kEveryMove << ".\n";
    }
    out << "\nEach move makes both ends of its connector re-replicate everything through it, in both "
        << "directions (`move-bridgehead-full-replication`): " << analyzer::count_of(moves, "move")
        << " to schedule.\n\n";
    return waves == lines.listed() && every_move_named;
}

/// From `upgrade-risk plan`: the rollout before and after, the floor, the first decisions.
Complete write_plan(std::ostream& out, const analyzer::plan::PlanComparison& plan) {
    out << "## Plan\n\n" << markdown_escape(analyzer::count_of(plan.servers, "server")) << " to "
        << inventory::to_string(plan.target) << ", planned by `upgrade-risk plan`.\n\n"
        << "| | before | after |\n|---|---|---|\n";
    for (const PlanRow& row : plan_rows(plan)) {
        out << "| " << row.label << " | " << row.before << " | " << row.after << " |\n";
    }
    out << '\n';
    for (const std::string& sentence : floor_sentences(plan)) out << markdown_text(sentence) << "\n\n";
    BoundedList decisions(kDecisionsShare);
    for (std::size_t i = 0; i < plan.decisions.size() && i < kListedChangesAtMost; ++i) {
        if (!decisions.add("- " + markdown_text(plan.decisions[i]) + '\n')) break;
    }
    out << decisions.text();
    const std::size_t listed = decisions.listed();
    if (plan.decisions.size() > listed) {
        out << "- " << and_more(plan.decisions.size(), listed, "decisions: ")
            << "every one is in the HTML and JSON reports.\n";
    }
    if (!plan.decisions.empty()) out << '\n';
    return plan.decisions.size() == listed;
}

Complete write_next_steps(std::ostream& out, const ReportInput& input, bool any_critical) {
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
    std::size_t considered = 0;  // the serious findings before the first one whose step did not fit
    BoundedList ways_out(kWaysOutShare);
    for (const Finding& finding : input.result.findings) {
        if (finding.severity() < Severity::high) continue;
        ++serious;
        if (considered == kDetailedCriticalAtMost || ways_out.full()) continue;
        const FindingSubject subject = subject_of(finding, input.inventory);
        std::string ways;
        const auto words = input.result.words(finding);
        for (const std::string& text : words->mitigations) {
            const std::string escaped = markdown_text(text);
            if (seen.emplace(subject.site, text).second) {
                ways += (ways.empty() ? "" : " ") + escaped;
            }
        }
        const std::string_view name = subject.server.empty() ? subject.site : subject.server;
        const std::string who =
            name.empty() ? std::string() : analyzer::concat({markdown_name(name), " (`", finding.rule_id(), "`): "});
        // Once a step does not fit, no later one is listed: what `seen` then holds is not used.
        if (!ways.empty() && !ways_out.add(analyzer::concat({std::to_string(step + 1), ". ", who, ways, "\n"}))) {
            continue;
        }
        if (!ways.empty()) ++step;
        ++considered;
    }
    out << ways_out.text();
    if (serious > considered) {
        out << ++step << ". Fix or sign off the other "
            << analyzer::number_text(serious - considered)
            << " critical and high findings, with the ways out their cards give in the HTML report.\n";
    }
    if (input.context.baseline && input.context.baseline->added > 0) {
        out << ++step << ". Review the " << analyzer::number_text(input.context.baseline->added)
            << " new findings since the last review with the change board.\n";
    }
    if (find_report_format("html")) out << ++step << ". Attach the full HTML report (`--html`) to the change ticket.\n";
    out << ++step << ". Keep this run's JSON (`-o json=FILE`) and pass it as `--baseline` at the next "
        << "review to see what changed.\n";
    return serious == considered;
}

}  // namespace

std::string markdown_report(const ReportInput& input, std::size_t at_most) {
    std::ostringstream out;
    write_header(out, input);
    Complete complete = write_waves(out, input);
    if (input.context.baseline) complete &= write_changes(out, *input.context.baseline);
    if (input.context.plan) complete &= write_plan(out, *input.context.plan);
    complete &= write_findings_table(out, input);
    complete &= write_critical_servers(out, input);
    complete &= write_bridgehead_moves(out, input.inventory);
    const bool any_critical = std::any_of(input.result.findings.begin(), input.result.findings.end(),
                                          is_critical_server);
    complete &= write_next_steps(out, input, any_critical);
    const std::string limit = inventory::number_text(at_most);
    if (!complete) {
        out << "\n## Full reports\n\nSome lists above stop early, each saying how much it leaves out, so "
            << "that this summary fits a change ticket: at most " << limit
            << " characters (GitHub takes at most 65,536). " << full_reports(input);
    }
    std::string report = std::move(out).str();
    cut_at_line(report, at_most,
                "\n**The rest of this summary is cut off here, so that it fits a change ticket: at most " +
                    limit + " characters (GitHub takes at most 65,536).** " + full_reports(input));
    return report;
}

RenderError render_markdown(const ReportInput& input, ReportSink& sink) {
    sink.append(markdown_report(input, kMarkdownAtMost));
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
