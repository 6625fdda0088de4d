#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule topology-directory-island: Groups of sites no directory replication connector joins to the rest.
void check_topology_directory_island(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
