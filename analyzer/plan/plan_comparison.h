#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/plan/rollout_plan.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer::plan {

/// What one rollout gives under the analysis.
struct RolloutFigures {
    std::array<std::size_t, 5> by_severity{};  ///< Indexed by Severity.
    Verdict verdict = Verdict::go;
    std::size_t waves = 0;
    std::size_t moves = 0;
    std::size_t order_findings = 0;  ///< upgrade-order-bridgehead-first.
    std::size_t rollout_high = 0;    ///< High findings any rollout could change (not topology).
};

/// The rollout before and after the plan, with the plan's reasons: what `plan` prints and the
/// reports' "Plan" section show.
struct PlanComparison {
    RolloutFigures before;
    RolloutFigures after;
    std::size_t servers = 0;
    inventory::ProductLevel target;
    std::size_t high_floor = 0;
    bool floor_reached = false;
    std::vector<std::string> floor_sites;  ///< Names.
    std::vector<std::string> decisions;
    std::vector<std::string> limits;
    /// What the team must still provide: the planned rollout's prerequisite findings, worded.
    std::vector<std::string> still_to_provide;
};

RolloutFigures rollout_figures(const inventory::Inventory& inventory, const AnalysisResult& result);

PlanComparison compare_plan(const RolloutPlan& plan, const inventory::Inventory& before,
                            const AnalysisResult& before_result,
                            const inventory::Inventory& after, const AnalysisResult& after_result);

}  // namespace upgrade_risk::analyzer::plan
