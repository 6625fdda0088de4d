#pragma once

#include <string>

#include "analyzer/plan/plan_comparison.h"

namespace upgrade_risk::reports {

/// The plan for a terminal or a text report: before and after side by side (findings by
/// severity, verdict, waves, moves), the floor for high findings, one line per decision, what
/// the team must still provide.
std::string plan_text(const analyzer::plan::PlanComparison& plan);

}  // namespace upgrade_risk::reports
