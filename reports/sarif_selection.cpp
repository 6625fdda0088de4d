#include "reports/sarif_selection.h"

#include <algorithm>
#include <numeric>

#include "analyzer/names.h"
#include "inventory/number_text.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;
using Counts = std::array<std::size_t, 5>;

/// A resolved finding's severity as the baseline wrote it; info for a word this version
/// does not know (a report of another version), so it is the first left out.
std::size_t level_of(const BaselineFinding& finding) {
    return static_cast<std::size_t>(analyzer::parse_severity(finding.severity).value_or(Severity::info));
}

std::size_t sum(const Counts& counts) { return std::accumulate(counts.begin(), counts.end(), std::size_t{0}); }

/// "4,000 low and 2,002 info", worst first.
std::string by_severity(const Counts& counts) {
    std::vector<std::string> parts;
    for (std::size_t level = counts.size(); level-- > 0;) {
        if (counts[level] == 0) continue;
        parts.push_back(inventory::number_text(counts[level]) + " " +
                        std::string(analyzer::to_string(static_cast<Severity>(level))));
    }
    return analyzer::join_names(parts);
}

}  // namespace

SarifSelection select_sarif_results(const analyzer::AnalysisResult& result,
                                    const BaselineComparison* since, const SarifLimits& limits) {
    const std::vector<BaselineFinding> none;
    const std::vector<BaselineFinding>& resolved = since ? since->resolved : none;
    Counts resolved_counts{};
    for (const BaselineFinding& finding : resolved) ++resolved_counts[level_of(finding)];

    SarifSelection selection;
    selection.total = result.findings.size() + resolved.size();
    Counts keep_current{};
    Counts keep_resolved{};
    std::size_t room = limits.max_results == 0 ? selection.total : limits.max_results;
    for (std::size_t level = keep_current.size(); level-- > 0;) {
        const std::size_t current = result.counts_by_severity[level];
        if (level < static_cast<std::size_t>(limits.min_severity)) {
            selection.below_floor[level] = current + resolved_counts[level];
            continue;
        }
        keep_current[level] = std::min(current, room);
        room -= keep_current[level];
        keep_resolved[level] = std::min(resolved_counts[level], room);
        room -= keep_resolved[level];
        selection.over_cap[level] = current + resolved_counts[level] - keep_current[level] - keep_resolved[level];
    }
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        std::size_t& left = keep_current[static_cast<std::size_t>(result.findings[i].severity())];
        if (left == 0) continue;
        --left;
        selection.findings.push_back(i);
    }
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        std::size_t& left = keep_resolved[level_of(resolved[i])];
        if (left == 0) continue;
        --left;
        selection.resolved.push_back(i);
    }
    return selection;
}

bool capped(const SarifSelection& selection) { return sum(selection.over_cap) > 0; }

std::string left_out_text(const SarifSelection& selection, const SarifLimits& limits) {
    const std::size_t below = sum(selection.below_floor);
    const std::size_t over = sum(selection.over_cap);
    if (below == 0 && over == 0) return {};
    std::string text = "The SARIF report holds " +
                       inventory::number_text(selection.findings.size() + selection.resolved.size()) +
                       " of the " + inventory::number_text(selection.total) + " results.";
    if (below > 0) {
        text += " Left out as below --sarif-min-severity " +
                std::string(analyzer::to_string(limits.min_severity)) + ": " +
                by_severity(selection.below_floor) + ".";
    }
    if (over > 0) {
        text += " To stay within --sarif-max-results " + std::to_string(limits.max_results) +
                " (GitHub code scanning takes at most " + inventory::number_text(kSarifResultsPerRun) +
                " results a run), the least severe were left out: " + by_severity(selection.over_cap) + ".";
    }
    return text + " Every finding is in the JSON and CSV reports (-o json=FILE, -o csv=FILE).";
}

}  // namespace upgrade_risk::reports
