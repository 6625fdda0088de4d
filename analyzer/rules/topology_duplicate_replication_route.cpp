#include "analyzer/rules/topology_duplicate_replication_route.h"

#include <string>
#include <vector>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

void check_topology_duplicate_replication_route(const RuleContext& context, FindingSink& sink) {
    const auto& drcs = context.inventory.replication_connectors;
    for (const auto& cycle : context.topology.replication_cycles()) {
        Finding finding;
        finding.rule = "topology-duplicate-replication-route";
        finding.severity = Severity::high;
        finding.confidence = Confidence::documented;
        finding.kb = {"Q247032"};
        finding.location = drcs[cycle.front()].source;
        std::vector<std::string> sites;
        for (const ConnectorId id : cycle) {
            const auto& ends = drcs[id].bridgeheads;
            finding.connectors.push_back(context.text.keep(drcs[id].name));
            sites.push_back(context.inventory.sites[ends[0].site].name);
            finding.evidence.push_back(context.text.concat(
                {drcs[id].name, " joins sites ", context.inventory.sites[ends[0].site].name,
                 " and ", context.inventory.sites[ends[1].site].name, "."}));
        }
        finding.site = drcs[cycle.front()].bridgeheads[0].site;
        sort_names(sites);
        finding.title = context.text.concat(
            {"Directory replication connectors ", join_names(finding.connectors),
             " form a cycle through sites ", join_names(sites),
             "; a site's directory may reach another by one route only."});
        finding.evidence.push_back(
            "Exchange refuses a second replication route to a site, so the inventory is probably "
            "wrong; the impact figures of this run cannot be trusted until it is fixed.");
        finding.mitigations.push_back(Mitigation{
            "fix-replication-route",
            "Compare the connectors with the Administrator program and remove from the inventory "
            "(or from the organization) the one that should not exist (Q247032).",
            {"Q247032"}});
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
