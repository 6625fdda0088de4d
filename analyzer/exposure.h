#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "analyzer/finding.h"
#include "analyzer/rule_context.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// The critical outcome of Q195908: an exposed bridgehead with a 5.5 server in its site at
/// the moment of its upgrade. Shared by the critical rule and the prerequisite rules.
bool breaks_intersite_replication(const RuleContext& context, const UpgradeEvaluation& evaluation);

/// A backout finding about one evaluated upgrade, with its subject, wave, location, the
/// Q195908 citation and the facts every backout rule states (versions, bridgehead role,
/// 5.5 servers of the site at that moment). Room is kept for `more_evidence` lines the rule
/// adds, so the evidence is allocated once.
Finding backout_finding(const RuleContext& context, const UpgradeEvaluation& evaluation, Text rule,
                        Severity severity, Confidence confidence, std::size_t more_evidence);

/// "the upgrade of SERVERA in Wave 1" / "SERVERA's upgrade to 5.5" for titles.
std::string upgrade_phrase(const RuleContext& context, const UpgradeEvaluation& evaluation);

}  // namespace upgrade_risk::analyzer
