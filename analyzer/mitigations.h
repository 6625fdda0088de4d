#pragma once

#include <optional>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/rule_context.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// Move the bridgehead role of each connector the server bridges to a 5.5 server of its site
/// (Q254188), naming the candidates; nullopt when the server bridges nothing.
std::optional<Mitigation> move_bridgehead(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation);

/// Upgrade the bridgehead before any other server of its site reaches 5.5; only when no
/// server of the site runs 5.5 today (otherwise it is too late for that).
std::optional<Mitigation> upgrade_bridgehead_first(const RuleContext& context,
                                                   const UpgradeEvaluation& evaluation);

/// The three ways out of "no new users in the site" (Q195908, Q158336).
std::vector<Mitigation> restore_user_creation(const RuleContext& context,
                                              const UpgradeEvaluation& evaluation);

/// After a backout that left the server shown as 5.5: upgrade it again soon.
Mitigation upgrade_again(const RuleContext& context, const UpgradeEvaluation& evaluation);

}  // namespace upgrade_risk::analyzer
