#include "analyzer/prerequisite.h"

#include "analyzer/exposure.h"

namespace upgrade_risk::analyzer {

std::vector<Prerequisite> evaluate_prerequisites(const RuleContext& context,
                                                 const UpgradeEvaluation& evaluation) {
    std::vector<Prerequisite> prerequisites;
    for (const Rule* rule : builtin_rules()) {
        if (rule->prerequisite) prerequisites.push_back(rule->prerequisite->evaluate(context, evaluation));
    }
    return prerequisites;
}

std::string prerequisite_reason(const Prerequisite& prerequisite, const RuleContext& context,
                                const UpgradeEvaluation& evaluation) {
    return rule_of(prerequisite.kind).prerequisite->reason(prerequisite, context, evaluation);
}

void emit_missing_prerequisites(const RuleContext& context, FindingSink& sink,
                                const PrerequisiteRole& role, MitigationKind fix) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!breaks_intersite_replication(context, evaluation)) continue;
        Prerequisite prerequisite = role.evaluate(context, evaluation);
        if (prerequisite.satisfied) continue;
        Finding finding = backout_finding(context, evaluation, evaluation.confidence());
        finding.prerequisites.push_back(prerequisite);
        finding.mitigations.push_back(Mitigation{fix});
        sink.emit(std::move(finding));
    }
}

FindingWords missing_prerequisite_words(const Finding& finding, const RuleContext& context,
                                        ExposureWords title, ExposureWords fix, Wording wording) {
    const UpgradeEvaluation& evaluation = context.evaluation_of(finding);
    FindingWords words;
    words.title = title(context, evaluation);
    if (wording == Wording::title) return words;
    words.evidence = backout_evidence(context, evaluation, 1);
    words.prerequisites.push_back(prerequisite_reason(finding.prerequisites.front(), context, evaluation));
    words.evidence.push_back(words.prerequisites.back());
    words.mitigations.push_back(fix(context, evaluation));
    return words;
}

}  // namespace upgrade_risk::analyzer
