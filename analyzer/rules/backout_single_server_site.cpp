#include <string>
#include <vector>

#include "analyzer/exposure.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        const auto site = context.inventory.servers[evaluation.server].site;
        const auto connectors = context.topology.site_connectors(site);
        // With no connector there is no "rest of the organization" to show it wrongly to.
        if (!evaluation.exposed() || context.inventory.sites[site].servers.size() != 1 ||
            connectors.empty()) {
            continue;
        }
        Finding finding = backout_finding(context, evaluation, evaluation.confidence());
        finding.connectors.assign(connectors.begin(), connectors.end());
        finding.mitigations.push_back(Mitigation{MitigationKind::recreate_connector});
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const UpgradeEvaluation& evaluation = context.evaluation_of(finding);
    const std::string& name = context.server_name(evaluation.server);
    const std::string joined = context.connector_names(finding.connectors);
    FindingWords words;
    words.title = concat({"If ", upgrade_phrase(context, evaluation), " fails and is backed out, ",
                          name, " shows as ", inventory::to_string(evaluation.to.version),
                          " to the rest of the organization until ", joined,
                          finding.connectors.size() == 1 ? " is" : " are",
                          " deleted and re-created."});
    if (wording == Wording::title) return words;
    words.evidence = backout_evidence(context, evaluation, 1);
    words.evidence.push_back(concat({name, " is the only server of site ",
                                     context.site_name_of(evaluation.server),
                                     "; locally it shows its real version."}));
    words.mitigations.push_back(
        concat({"If the backout happens, delete and re-create ", joined,
                ": the other sites drop everything learned through it and replicate it again, so "
                "plan it off-hours (Q155789, Q254188)."}));
    return words;
}

}  // namespace

namespace rules {
extern const Rule backout_single_server_site{
    "backout-single-server-site", Severity::medium, "documented for 4.0 -> 5.5; inferred for 4.0 -> 5.0",
    "A backed-out single-server site shows as 5.5 until its connector is re-created",
    {"Q195908", "Q155789", "Q254188"}, RuleFamily::backout, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
