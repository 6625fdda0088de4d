#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Whether the team holds an Exchange 4.0 kit that carries Authrest.exe, which the recovery
/// runs on the restored directory before starting the services (Q195908, Q201414).
Prerequisite evaluate_authrest_kit(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// Rule prereq-authrest-kit.
void check_prereq_authrest_kit(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
