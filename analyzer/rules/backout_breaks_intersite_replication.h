#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule backout-breaks-intersite-replication: The bridgehead outcome of Q195908.
void check_backout_breaks_intersite_replication(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
