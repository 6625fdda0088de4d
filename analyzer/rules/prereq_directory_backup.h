#pragma once

#include "analyzer/rule_context.h"

namespace upgrade_risk::analyzer {

/// Whether a Dir.edb backup of the server qualifies for the Q195908 recovery: same version
/// and service pack as it runs before the upgrade, taken no later than the wave start and no
/// more than --max-backup-age before it (or before `captured` without a wave start).
Prerequisite evaluate_directory_backup(const RuleContext& context,
                                       const UpgradeEvaluation& evaluation);

/// Rule prereq-directory-backup.
void check_prereq_directory_backup(const RuleContext& context, FindingSink& sink);

}  // namespace upgrade_risk::analyzer
