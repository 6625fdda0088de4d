#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Rule backout-blocks-user-creation: The "no 5.5 server in the site" outcome of Q195908.
void check_backout_blocks_user_creation(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
