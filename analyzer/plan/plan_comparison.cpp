#include "analyzer/plan/plan_comparison.h"

#include "analyzer/rule.h"

namespace upgrade_risk::analyzer::plan {

RolloutFigures rollout_figures(const inventory::Inventory& inventory, const AnalysisResult& result) {
    RolloutFigures figures;
    figures.by_severity = result.counts_by_severity;
    figures.verdict = result.verdict;
    if (inventory.rollout) {
        figures.waves = inventory.rollout->waves.size();
        for (const auto& wave : inventory.rollout->waves) figures.moves += wave.moves.size();
    }
    for (const Finding& finding : result.findings) {
        if (finding.rule->family == RuleFamily::upgrade_order) ++figures.order_findings;
        if (finding.severity() == Severity::high && finding.rule->family != RuleFamily::topology) {
            ++figures.rollout_high;
        }
    }
    return figures;
}

PlanComparison compare_plan(const RolloutPlan& plan, const inventory::Inventory& before,
                            const AnalysisResult& before_result,
                            const inventory::Inventory& after, const AnalysisResult& after_result) {
    PlanComparison comparison;
    comparison.before = rollout_figures(before, before_result);
    comparison.after = rollout_figures(after, after_result);
    comparison.servers = plan.servers;
    comparison.target = plan.target;
    comparison.high_floor = plan.high_floor;
    comparison.floor_reached = comparison.after.rollout_high <= plan.high_floor;
    for (const auto site : plan.floor_sites) comparison.floor_sites.push_back(after.sites[site].name);
    comparison.decisions = plan.decisions;
    comparison.limits = plan.limits;
    for (const Finding& finding : after_result.findings) {
        if (finding.rule->family != RuleFamily::prerequisite) continue;
        const auto words = after_result.words(finding);
        comparison.still_to_provide.push_back(words->mitigations.empty() ? words->title
                                                                        : words->mitigations.front());
    }
    return comparison;
}

}  // namespace upgrade_risk::analyzer::plan
