#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Whether the team holds a kit of exactly the version and service pack the server runs
/// before the upgrade: the Q195908 recovery reinstalls it at that level.
Prerequisite evaluate_install_kit(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// "4.0 SP3, 5.5 SP2" or "none": the kits listed under <media>, for reasons.
std::string kits_held(const inventory::Inventory& inventory);

/// "The 4.0 SP4 kit at \\media\40sp4" (without " at ..." when it has no location).
std::string the_kit(const inventory::Kit& kit);

/// Rule prereq-install-kit.
void check_prereq_install_kit(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
