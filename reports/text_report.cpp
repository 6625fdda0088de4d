#include "reports/text_report.h"

#include <algorithm>
#include <deque>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/names.h"
#include "analyzer/recovery.h"
#include "analyzer/rule.h"
#include "inventory/number_text.h"
#include "reports/plan_text.h"
#include "reports/report_names.h"
#include "reports/rule_counts.h"
#include "reports/summary_limits.h"
#include "reports/wave_facts.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;

/// "KB Q195908, Q169653": the articles a finding rests on, for a reader to look up.
std::string kb_list(const Finding& finding) {
    std::string text = "KB";
    const auto& kb = finding.kb();
    for (std::size_t i = 0; i < kb.size(); ++i) {
        text += i ? ", " : " ";
        text += kb[i];
    }
    return text;
}

/// Where the findings the summary leaves out are listed (summary_limits.h).
const std::string kEveryOne = std::string(kEveryOneIsListed) + " (see the next steps)";

/// How many rules the next-steps section offers to explain.
constexpr std::size_t kExplainedRules = 3;
/// How many missing-prerequisite fixes the next-steps section lists before "and N more".
constexpr std::size_t kListedFixes = 6;

std::string upper(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return result;
}

void write_header(std::ostream& out, const ReportInput& input) {
    const auto& inventory = input.inventory;
    out << "upgrade-risk " << input.context.tool_version << ": " << inventory.path
        << " (organization " << inventory.organization.name << ", "
        << analyzer::count_of(inventory.servers.size(), "server") << " in "
        << analyzer::count_of(inventory.sites.size(), "site") << ")\n\n";
    out << upper(analyzer::to_string(input.result.verdict)) << ": " << input.result.verdict_reason
        << "\n\n";
    const auto& counts = input.result.counts_by_severity;
    out << "Findings: ";
    for (const Severity severity : {Severity::critical, Severity::high, Severity::medium,
                                    Severity::low, Severity::info}) {
        out << analyzer::number_text(counts[static_cast<int>(severity)]) << ' '
            << analyzer::to_string(severity) << (severity == Severity::info ? "" : ", ");
    }
    out << " (" << analyzer::number_text(input.result.findings.size()) << " in all)\n";
}

/// One line per wave: its start, servers and where from, findings, moves, and whether it is blocked.
void write_waves(std::ostream& out, const ReportInput& input) {
    const std::vector<WaveFacts> facts = wave_facts(input.inventory, input.result);
    if (facts.empty()) return;
    out << "\nWaves (an upgrade from 4.0 takes about twice as long as one from 5.0: Q179258)\n";
    const auto& waves = input.inventory.rollout->waves;
    for (std::size_t w = 0; w < waves.size() && w < kListedWavesAtMost; ++w) {
        const WaveFacts& wave = facts[w];
        out << "  " << waves[w].name << " (" << (waves[w].start ? waves[w].start->text : "no start given")
            << "): " << wave_servers_text(wave) << "; " << wave_findings_text(wave);
        if (wave.moves > 0) out << "; " << analyzer::count_of(wave.moves, "bridgehead move") << " first";
        if (wave.blocked > 0) out << "; BLOCKED: " << wave_blocked_text(wave);
        out << '\n';
    }
    if (waves.size() > kListedWavesAtMost) {
        out << "  " << more_waves_text(waves.size(), kListedWavesAtMost) << '\n';
    }
}

void write_critical(std::ostream& out, const ReportInput& input) {
    const std::size_t critical = input.result.counts_by_severity[static_cast<int>(Severity::critical)];
    std::size_t shown = 0;
    for (const Finding& finding : input.result.findings) {
        if (finding.severity() != Severity::critical) continue;
        if (shown == 0) out << "\nCritical: a failed upgrade and backout here would stop intersite replication\n";
        if (shown++ == kDetailedCriticalAtMost) {
            out << "\n  " << and_more(critical, kDetailedCriticalAtMost, "critical findings: ") << kEveryOne
                << '\n';
            break;
        }
        const FindingSubject subject = subject_of(finding, input.inventory);
        const auto words = input.result.words(finding);
        out << "\n  " << subject.server << " (site " << subject.site;
        if (!subject.wave.empty()) out << ", " << subject.wave;
        out << ", " << analyzer::to_string(finding.confidence) << ", " << kb_list(finding)
            << ")\n    " << words->title << '\n';
        if (finding.impact) {
            const auto& impact = *finding.impact;
            out << "    stops:    ";
            for (std::size_t i = 0; i < impact.connectors.size(); ++i) {
                out << (i ? ", " : "") << input.inventory.replication_connectors[impact.connectors[i]].name;
            }
            out << "\n    cut off:  ";
            out << (impact.sites_cut_off.empty() ? "no site"
                                                 : analyzer::sites_cut_off_text(impact, input.inventory));
            out << " (" << analyzer::count_of(impact.servers_cut_off, "server") << ", "
                << analyzer::count_of(impact.mailboxes_cut_off, "mailbox") << ")\n";
        }
        for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
            const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
            out << (prerequisite.satisfied ? "    ready:    " : "    MISSING:  ")
                << prerequisite_id(prerequisite) << ": " << words->prerequisites[i] << '\n';
        }
        // What the recovery needs that no inventory can prove: ticked by hand before the wave.
        out << "    by hand:  the service account and its password (Q169114); organization '"
            << input.inventory.organization.name << "' and site '" << subject.site
            << "' typed exactly at reinstall, case-sensitive (Q162353); a test restore of the "
               "backup (Q183266)\n";
        const analyzer::RecoverySteps steps =
            analyzer::recovery_steps(input.result.context(), input.result.context().evaluation_of(finding));
        out << "    first:    " << steps.keep_in_site << '\n';
        if (!steps.updated_setup.empty()) out << "    setup:    " << steps.updated_setup << '\n';
        out << "    restore:  " << steps.backsync << '\n';
        for (const std::string& mitigation : words->mitigations) {
            out << "    avoid it: " << mitigation << '\n';
        }
    }
}

void write_others(std::ostream& out, const ReportInput& input) {
    const auto below_critical = [](const Finding& finding) { return finding.severity() != Severity::critical; };
    std::size_t listed = 0;
    for (const Finding& finding : input.result.findings) {
        if (!below_critical(finding)) continue;
        if (listed == 0) out << "\nOther findings\n";
        if (listed == kListedFindingsAtMost) break;
        ++listed;
        const std::string severity = upper(analyzer::to_string(finding.severity()));
        out << "  " << severity << std::string(8 - severity.size(), ' ')
            << input.result.title(finding) << " [" << finding.rule_id() << ", " << analyzer::to_string(finding.confidence) << ", "
            << kb_list(finding) << "]\n";
    }
    const std::size_t others = input.result.findings.size() -
                               input.result.counts_by_severity[static_cast<int>(Severity::critical)];
    if (others <= listed) return;
    out << "  " << and_more(others, listed, "findings: ") << kEveryOne << ". All "
        << analyzer::number_text(others) << " below critical, by rule:\n";
    for (const RuleCount& row : count_by_rule(input.result.findings, below_critical)) {
        out << "    " << analyzer::number_text(row.count) << ' ' << analyzer::to_string(row.severity)
            << ' ' << row.rule << '\n';
    }
}

/// With --baseline: what is new and what is resolved since the report it names.
void write_changes(std::ostream& out, const ReportInput& input) {
    if (!input.context.baseline) return;
    const BaselineComparison& baseline = *input.context.baseline;
    out << "\nChanges since the last review (" << baseline.baseline_path;
    if (!baseline.baseline_generated.empty()) out << ", " << baseline.baseline_generated;
    out << "): " << change_counts(baseline) << '\n';
    std::size_t listed = 0;
    for (std::size_t i = 0; i < input.result.findings.size() && listed < kListedChangesAtMost; ++i) {
        if (baseline.states[i] != BaselineState::added) continue;
        const Finding& finding = input.result.findings[i];
        out << "  NEW       " << upper(analyzer::to_string(finding.severity())) << ": "
            << input.result.title(finding) << '\n';
        ++listed;
    }
    if (baseline.added > listed) out << "  " << and_more(baseline.added, listed, "new findings: ") << kEveryOne << '\n';
    for (std::size_t i = 0; i < baseline.resolved.size() && i < kListedChangesAtMost; ++i) {
        out << "  RESOLVED  " << upper(baseline.resolved[i].severity) << ": " << baseline.resolved[i].title
            << '\n';
    }
    if (baseline.resolved.size() > kListedChangesAtMost) {
        out << "  " << and_more(baseline.resolved.size(), kListedChangesAtMost, "resolved findings: ")
            << kEveryResolvedIsListed << '\n';
    }
}

/// What to provide for the missing recovery prerequisites: one line per distinct fix, naming
/// the servers that need it (an Authrest.exe kit serves them all), in report order.
struct PrerequisiteFixes {
    std::vector<std::string> lines;
    std::size_t findings = 0;  ///< The prereq-* findings they cover.
};

PrerequisiteFixes missing_prerequisite_fixes(const ReportInput& input) {
    // Each fix names its server, so most texts are distinct: they are found by hash, not by a
    // search of the list, which took longer than the whole JSON report at 100k servers. A deque
    // keeps the texts the index views where they are as it grows.
    std::deque<std::pair<std::string, std::vector<std::string>>> fixes;  // text, servers
    std::unordered_map<std::string_view, std::size_t> index;
    PrerequisiteFixes result;
    for (const Finding& finding : input.result.findings) {
        if (finding.rule->family != analyzer::RuleFamily::prerequisite || finding.mitigations.empty()) {
            continue;
        }
        ++result.findings;
        const FindingSubject subject = subject_of(finding, input.inventory);
        std::string who(subject.server);
        if (!subject.wave.empty()) who += " (" + std::string(subject.wave) + ")";
        const auto words = input.result.words(finding);  // kept alive while its text is read
        const std::string& text = words->mitigations.front();
        auto found = index.find(text);
        if (found == index.end()) {
            fixes.emplace_back(text, std::vector<std::string>{});
            found = index.emplace(fixes.back().first, fixes.size() - 1).first;
        }
        fixes[found->second].second.push_back(std::move(who));
    }
    result.lines.reserve(fixes.size());
    for (const auto& [text, servers] : fixes) {
        result.lines.push_back(analyzer::concat({analyzer::join_names(servers), ": ", text}));
    }
    return result;
}

void write_next_steps(std::ostream& out, const ReportInput& input) {
    const std::string& path = input.inventory.path;
    const auto& counts = input.result.counts_by_severity;
    const std::size_t critical = counts[static_cast<int>(Severity::critical)];
    const std::size_t high = counts[static_cast<int>(Severity::high)];
    std::vector<std::string> steps;

    const PrerequisiteFixes prerequisites = missing_prerequisite_fixes(input);
    const std::vector<std::string>& fixes = prerequisites.lines;
    if (!fixes.empty()) {
        std::string step = "Before the rollout, give each critical server's recovery what it lacks "
                           "(or remove the exposure: the \"avoid it\" lines above):\n";
        for (std::size_t i = 0; i < fixes.size() && i < kListedFixes; ++i) {
            step += "       " + fixes[i] + "\n";
        }
        if (fixes.size() > kListedFixes) {
            step += "       and " + inventory::number_text(fixes.size() - kListedFixes) +
                    " more: see the full report\n";
        }
        steps.push_back(std::move(step));
    } else if (critical > 0) {
        steps.push_back("Remove each critical exposure before its wave (the \"avoid it\" lines "
                        "above), or have the board sign off the risk: the recovery of each is "
                        "ready, keep it so until the wave has run.\n");
    }
    // prereq-* findings are high; the rest of the high ones are listed for a fix or sign-off.
    const std::size_t other_high = high > prerequisites.findings ? high - prerequisites.findings : 0;
    if (other_high > 0) {
        const std::size_t below_critical = input.result.findings.size() - critical;
        steps.push_back("Fix or sign off the " + analyzer::count_of(other_high, "other high finding") +
                        (below_critical <= kListedFindingsAtMost ? " listed above.\n"
                                                               : " (the full report lists them).\n"));
    }
    if (input.result.verdict == analyzer::Verdict::go) {
        steps.push_back(input.result.findings.empty()
                            ? "Nothing here blocks the rollout.\n"
                            : "Nothing here blocks the rollout; review the lower findings with the "
                              "team.\n");
    }

    std::vector<std::string_view> rules;
    for (const Finding& finding : input.result.findings) {
        if (rules.size() < kExplainedRules &&
            std::find(rules.begin(), rules.end(), finding.rule_id()) == rules.end()) {
            rules.push_back(finding.rule_id());
        }
    }
    if (!rules.empty()) {
        std::string step = "Read why a finding matters and how to fix it:\n";
        for (const auto rule : rules) step += "       upgrade-risk explain " + std::string(rule) + "\n";
        steps.push_back(std::move(step));
    }
    steps.push_back("Write the full report for the change board (and JSON for scripts):\n       " +
                    full_reports_command(path) + "\n");
    if (input.result.verdict != analyzer::Verdict::go) {
        steps.push_back("After fixing the inventory or the plan, run the analysis again; gate CI "
                        "with:\n       upgrade-risk analyze " + path + " --fail-on high\n");
    }

    out << "\nWhat to do next\n";
    for (std::size_t i = 0; i < steps.size(); ++i) out << "  " << i + 1 << ". " << steps[i];
}

}  // namespace

RenderError render_text(const ReportInput& input, ReportSink& sink) {
    std::ostringstream out;
    write_header(out, input);
    write_waves(out, input);
    write_critical(out, input);
    write_others(out, input);
    write_changes(out, input);
    if (input.context.plan) out << '\n' << plan_text(*input.context.plan);
    write_next_steps(out, input);
    sink.append(out.str());
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
