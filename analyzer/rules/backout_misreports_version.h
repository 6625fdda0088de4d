#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule backout-misreports-version: The non-bridgehead outcome of Q195908.
void check_backout_misreports_version(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
