#pragma once

#include <string>
#include <vector>

#include "analyzer/plan/plan_comparison.h"

namespace upgrade_risk::reports {

/// One line of the before/after table.
struct PlanRow {
    std::string label;
    std::string before;
    std::string after;
};

/// Verdict, findings by severity, order findings, waves and moves, before and after.
std::vector<PlanRow> plan_rows(const analyzer::plan::PlanComparison& plan);

/// "High findings about the rollout: 1; the floor is 1, reached." and, with a floor, why.
std::vector<std::string> floor_sentences(const analyzer::plan::PlanComparison& plan);

/// What the team must still provide, or the sentence that says nothing is required.
std::vector<std::string> still_to_provide(const analyzer::plan::PlanComparison& plan);

/// The plan for a terminal or a text report: the table, the floor, what the constraints cost,
/// one line per decision, what the team must still provide.
std::string plan_text(const analyzer::plan::PlanComparison& plan);

}  // namespace upgrade_risk::reports
