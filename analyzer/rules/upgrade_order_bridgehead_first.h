#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule upgrade-order-bridgehead-first: Bridgeheads upgraded after a non-bridgehead of a site below 4.0 SP2 (Q156063).
void check_upgrade_order_bridgehead_first(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
