#pragma once

#include <string>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// Whether the bridgehead role can be moved away from the server: whether it bridges anything.
bool can_move_bridgehead(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// Move the bridgehead role of each connector the server bridges to a 5.5 server of its site
/// (Q254188), naming the candidates.
std::string move_bridgehead_text(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// Whether upgrading the bridgehead first still helps: only when no server of its site runs
/// 5.5 today (otherwise it is too late for that).
bool can_upgrade_bridgehead_first(const RuleContext& context,
                                  const UpgradeEvaluation& evaluation);

/// Upgrade the bridgehead before any other server of its site reaches 5.5.
std::string upgrade_bridgehead_first_text(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation);

/// The three ways out of "no new users in the site" (Q195908, Q158336), as kinds.
std::vector<Mitigation> restore_user_creation();

/// The words of one of restore_user_creation()'s kinds.
std::string restore_user_creation_text(const RuleContext& context,
                                       const UpgradeEvaluation& evaluation, MitigationKind kind);

/// After a backout that left the server shown as 5.5: upgrade it again soon.
std::string upgrade_again_text(const RuleContext& context, const UpgradeEvaluation& evaluation);

}  // namespace upgrade_risk::analyzer
