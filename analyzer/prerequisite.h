#pragma once

#include <string>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// A sentence about one exposure (a title or a fix), with its names.
using ExposureWords = std::string (*)(const RuleContext&, const UpgradeEvaluation&);

/// Every recovery prerequisite of one critical exposure, in rule order.
std::vector<Prerequisite> evaluate_prerequisites(const RuleContext& context,
                                                 const UpgradeEvaluation& evaluation);

/// Why `prerequisite` is met or not, worded by the rule that checks it.
std::string prerequisite_reason(const Prerequisite& prerequisite, const RuleContext& context,
                                const UpgradeEvaluation& evaluation);

/// A prereq-* rule's check: one finding per critical exposure whose prerequisite is not met,
/// so that CI gates and tables see each missing item on its own, with `fix` as its way out.
void emit_missing_prerequisites(const RuleContext& context, FindingSink& sink,
                                const PrerequisiteRole& role, MitigationKind fix);

/// A prereq-* rule's wording of such a finding.
FindingWords missing_prerequisite_words(const Finding& finding, const RuleContext& context,
                                        ExposureWords title, ExposureWords fix, Wording wording);

}  // namespace upgrade_risk::analyzer
