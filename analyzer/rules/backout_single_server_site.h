#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule backout-single-server-site: The single-server-site outcome of Q195908.
void check_backout_single_server_site(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
