#include "analyzer/analysis.h"

#include <string>

#include "analyzer/names.h"
#include "analyzer/rule_context.h"
#include "analyzer/simulation.h"
#include "analyzer/topology.h"

namespace upgrade_risk::analyzer {
namespace {

/// Short names of the missing prerequisites of a critical finding, for the verdict.
std::vector<std::string> missing_prerequisites(const Finding& finding) {
    std::vector<std::string> missing;
    for (const Prerequisite& prerequisite : finding.prerequisites) {
        if (prerequisite.satisfied) continue;
        if (prerequisite.id == "prereq-directory-backup") missing.push_back("a directory backup");
        else if (prerequisite.id == "prereq-authrest-kit") missing.push_back("an Authrest.exe kit");
        else missing.push_back("an install kit");
    }
    return missing;
}

void decide(AnalysisResult& result, const inventory::Inventory& inventory) {
    const auto count = [&](Severity s) { return result.counts_by_severity[static_cast<int>(s)]; };
    std::size_t unprepared = 0;
    const Finding* first = nullptr;
    for (const Finding& finding : result.findings) {
        if (finding.severity != Severity::critical || missing_prerequisites(finding).empty()) continue;
        if (!first) first = &finding;
        ++unprepared;
    }
    if (first) {
        result.verdict = Verdict::no_go;
        std::string who = inventory.servers[*first->server].name;
        if (first->wave) who += " (" + inventory.rollout->waves[*first->wave].name + ")";
        const std::string missing = join_names(missing_prerequisites(*first));
        result.verdict_reason =
            unprepared == 1
                ? who + " would stop intersite directory replication if its upgrade failed and "
                        "was backed out, and the recovery lacks " + missing + "."
                : count_of(unprepared, "server") +
                      " would stop intersite directory replication if backed out, without their "
                      "recovery prerequisites; the first, " + who + ", lacks " + missing + ".";
        return;
    }
    const std::size_t serious = count(Severity::critical) + count(Severity::high);
    if (serious > 0) {
        result.verdict = Verdict::go_with_conditions;
        std::vector<std::string> parts;
        if (count(Severity::critical) > 0) parts.push_back(count_of(count(Severity::critical), "critical finding"));
        if (count(Severity::high) > 0) parts.push_back(count_of(count(Severity::high), "high finding"));
        result.verdict_reason = join_names(parts) + (serious == 1 ? " needs" : " need") +
                                " a fix or a signed-off risk before the rollout" +
                                (count(Severity::critical) > 0
                                     ? "; every critical exposure has its recovery prerequisites."
                                     : ".");
        return;
    }
    result.verdict = Verdict::go;
    const std::size_t rest = result.findings.size();
    result.verdict_reason = rest == 0 ? "No finding: no planned upgrade is exposed to the backout "
                                        "faults of Q195908 and the topology is sound."
                                      : "No critical or high finding; " +
                                            count_of(rest, "lower finding") + " to review.";
}

/// Every rule's findings, unsorted. The topology and the simulation are freed on return, before
/// the findings are sorted, so that the sort's keys do not add to the peak of a run's memory.
std::vector<Finding> run_rules(const inventory::Inventory& inventory,
                               const AnalysisOptions& options, TextStore& text) {
    const Topology topology(inventory);
    const RolloutSimulation simulation(inventory);
    const RuleContext context{inventory, options, topology, simulation, text};
    FindingSink sink;
    // Most evaluated upgrades give a backout finding, some a second one.
    sink.reserve(simulation.evaluations().size() + simulation.evaluations().size() / 4 + 16);
    for (const Rule& rule : register_builtin_rules()) rule.check(context, sink);
    return sink.take();
}

}  // namespace

std::string_view to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::go: return "go";
        case Verdict::go_with_conditions: return "go-with-conditions";
        case Verdict::no_go: return "no-go";
    }
    return "go";
}

AnalysisResult analyze(const inventory::Inventory& inventory, const AnalysisOptions& options) {
    AnalysisResult result;
    result.options = options;
    result.findings = run_rules(inventory, options, result.text);
    sort_findings(result.findings, inventory);
    for (const Finding& finding : result.findings) {
        ++result.counts_by_severity[static_cast<int>(finding.severity)];
    }
    decide(result, inventory);
    return result;
}

}  // namespace upgrade_risk::analyzer
