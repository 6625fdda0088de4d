#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// The critical outcome of Q195908: an exposed bridgehead with a 5.5 server in its site at
/// the moment of its upgrade. Shared by the critical rule and the prerequisite rules.
bool breaks_intersite_replication(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// A finding about one evaluated upgrade (one of context.simulation.evaluations()), with its
/// subject, wave and location.
Finding backout_finding(const RuleContext& context, const UpgradeEvaluation& evaluation,
                        Confidence confidence);

/// The facts every backout finding states (versions, bridgehead role, 5.5 servers of the site
/// at that moment), with room for `more` lines the rule adds.
std::vector<std::string> backout_evidence(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation, std::size_t more);

/// "the upgrade of SERVERA in Wave 1" / "SERVERA's upgrade to 5.5" for titles.
std::string upgrade_phrase(const RuleContext& context, const UpgradeEvaluation& evaluation);

}  // namespace upgrade_risk::analyzer
