#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule topology-replication-without-mail-route: Directory replication connectors without a messaging route (Q247032).
void check_topology_replication_without_mail_route(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
