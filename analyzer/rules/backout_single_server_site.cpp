#include "analyzer/rules/backout_single_server_site.h"

#include <string>
#include <vector>

#include "analyzer/exposure.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

void check_backout_single_server_site(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        const auto site = context.inventory.servers[evaluation.server].site;
        const auto connectors = context.topology.site_connectors(site);
        // With no connector there is no "rest of the organization" to show it wrongly to.
        if (!evaluation.exposed() || context.inventory.sites[site].servers.size() != 1 ||
            connectors.empty()) {
            continue;
        }
        Finding finding = backout_finding(context, evaluation, "backout-single-server-site",
                                          Severity::medium, evaluation.confidence(), 1);
        finding.connectors.reserve(connectors.size());
        for (const ConnectorId id : connectors) {
            finding.connectors.push_back(
                context.text.keep(context.inventory.replication_connectors[id].name));
        }
        const std::string& name = context.server_name(evaluation.server);
        const std::string joined = context.connector_names(connectors);
        finding.title = context.text.concat(
            {"If ", upgrade_phrase(context, evaluation), " fails and is backed out, ", name,
             " shows as ", inventory::to_string(evaluation.to.version),
             " to the rest of the organization until ", joined,
             connectors.size() == 1 ? " is" : " are", " deleted and re-created."});
        finding.kb.insert(finding.kb.end(), {"Q155789", "Q254188"});
        finding.evidence.push_back(context.text.concat({name, " is the only server of site ",
                                                        context.site_name_of(evaluation.server),
                                                        "; locally it shows its real version."}));
        finding.mitigations.push_back(
            Mitigation{"recreate-connector",
                       context.text.concat(
                           {"If the backout happens, delete and re-create ", joined,
                            ": the other sites drop everything learned through it and replicate it "
                            "again, so plan it off-hours (Q155789, Q254188)."}),
                       {"Q155789", "Q254188"}});
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
