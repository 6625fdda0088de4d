#pragma once

#include <string>
#include <string_view>

#include "analyzer/plan/rollout_plan.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer::plan {

/// The plan as a <rollout> element of inventory format 1, from "<rollout" to "</rollout>":
/// its first line at the caller's position, each further line indented by `indent` plus one
/// `unit` per level and ended by `newline`, as the file it goes into writes them.
std::string rollout_xml(const RolloutPlan& plan, const inventory::Inventory& inventory,
                        std::string_view indent, std::string_view unit, std::string_view newline);

}  // namespace upgrade_risk::analyzer::plan
