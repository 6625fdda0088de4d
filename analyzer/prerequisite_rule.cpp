#include "analyzer/prerequisite_rule.h"

#include "analyzer/exposure.h"

namespace upgrade_risk::analyzer {

void emit_missing_prerequisites(const RuleContext& context, FindingSink& sink,
                                const PrerequisiteRule& rule) {
    const std::string_view subject = rule.id.view().substr(rule.id.view().find('-') + 1);
    const Text fix_id = context.text.concat({"provide-", subject});
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!breaks_intersite_replication(context, evaluation)) continue;
        Prerequisite prerequisite = rule.evaluate(context, evaluation);
        if (prerequisite.satisfied) continue;
        Finding finding = backout_finding(context, evaluation, rule.id, Severity::high,
                                          evaluation.confidence(), 1);
        finding.title = rule.title(context, evaluation);
        if (rule.article != "Q195908") finding.kb.push_back(rule.article);
        finding.evidence.push_back(prerequisite.reason);
        finding.prerequisites.push_back(std::move(prerequisite));
        finding.mitigations.push_back(
            Mitigation{fix_id, rule.fix(context, evaluation), {rule.article}});
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
