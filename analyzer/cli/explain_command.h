#pragma once

#include <string>

namespace upgrade_risk::cli {

/// `upgrade-risk explain RULE`: prints the rule's documentation page (built into the binary).
int run_explain(const std::string& rule_id);

}  // namespace upgrade_risk::cli
