#include "analyzer/rules/backout_misreports_version.h"

#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

void check_backout_misreports_version(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!evaluation.exposed() || evaluation.peers_on_5_5 == 0 ||
            !context.topology.bridged_connectors(evaluation.server).empty()) {
            continue;
        }
        Finding finding = backout_finding(context, evaluation, "backout-misreports-version",
                                          Severity::low, evaluation.confidence(), 1);
        finding.title =
            context.text.concat({"If ", upgrade_phrase(context, evaluation),
                                 " fails and is backed out, the Administrator program shows ",
                                 context.server_name(evaluation.server), " as ",
                                 inventory::to_string(evaluation.to.version), " while it runs ",
                                 inventory::to_string(evaluation.from), "."});
        finding.evidence.push_back("Replication keeps working: the server bridges no connector "
                                   "and the site has a 5.5 server.");
        finding.mitigations.push_back(upgrade_again(context, evaluation));
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
