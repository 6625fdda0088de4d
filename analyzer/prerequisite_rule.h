#pragma once

#include "analyzer/finding.h"
#include "analyzer/rule_context.h"
#include "analyzer/simulation.h"

namespace upgrade_risk::analyzer {

/// Checks one recovery prerequisite for one critical exposure.
using PrerequisiteCheck = Prerequisite (*)(const RuleContext&, const UpgradeEvaluation&);
/// A sentence about one exposure (a title or a fix), with its names.
using ExposureText = Text (*)(const RuleContext&, const UpgradeEvaluation&);

/// What a prereq-* rule is made of; the loop over the critical exposures is shared.
struct PrerequisiteRule {
    Text id;
    Text article;  ///< The KB article of the recovery step, cited next to Q195908.
    PrerequisiteCheck evaluate;
    ExposureText title;
    ExposureText fix;
};

/// Emits one high finding per critical exposure whose prerequisite is not satisfied, so that
/// CI gates and tables see each missing item on its own.
void emit_missing_prerequisites(const RuleContext& context, FindingSink& sink,
                                const PrerequisiteRule& rule);

}  // namespace upgrade_risk::analyzer
