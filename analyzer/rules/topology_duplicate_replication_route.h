#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule topology-duplicate-replication-route: Cycles of directory replication connectors (Q247032).
void check_topology_duplicate_replication_route(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
