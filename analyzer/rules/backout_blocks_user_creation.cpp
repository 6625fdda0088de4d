#include "analyzer/rules/backout_blocks_user_creation.h"

#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

void check_backout_blocks_user_creation(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!evaluation.exposed() || evaluation.peers_on_5_5 > 0) continue;
        // Q195908 states this outcome for a bridgehead; the schema reasoning holds for any
        // server of the site, so for the others it is inferred.
        const bool bridgehead = !context.topology.bridged_connectors(evaluation.server).empty();
        const Confidence confidence = bridgehead ? evaluation.confidence() : Confidence::inferred;
        Finding finding = backout_finding(context, evaluation, "backout-blocks-user-creation",
                                          Severity::high, confidence, 1);
        finding.title =
            context.text.concat({"If ", upgrade_phrase(context, evaluation),
                                 " fails and is backed out, no new users can be created in site ",
                                 context.site_name_of(evaluation.server), "."});
        finding.kb.push_back("Q158336");
        finding.evidence.push_back(context.text.concat(
            {"The upgrade changes the site's directory schema, which then expects ",
             inventory::to_string(evaluation.to.version),
             " proxy address generators that a backed-out 4.0 server does not have."}));
        finding.mitigations = restore_user_creation(context, evaluation);
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
