#include "analyzer/rules/topology_replication_without_mail_route.h"

#include <string>

namespace upgrade_risk::analyzer {

void check_topology_replication_without_mail_route(const RuleContext& context, FindingSink& sink) {
    for (const auto& connector : context.inventory.replication_connectors) {
        const auto& ends = connector.bridgeheads;
        if (context.topology.mail_route_between(ends[0].site, ends[1].site)) continue;
        const std::string& a = context.inventory.sites[ends[0].site].name;
        const std::string& b = context.inventory.sites[ends[1].site].name;
        Finding finding;
        finding.rule = "topology-replication-without-mail-route";
        finding.severity = Severity::high;
        finding.confidence = Confidence::documented;
        finding.site = ends[0].site;
        finding.connectors = {context.text.keep(connector.name)};
        finding.kb = {"Q247032"};
        finding.location = connector.source;
        finding.title = context.text.concat({"Directory replication connector ", connector.name,
                                             " joins sites ", a, " and ", b,
                                             ", but no chain of messaging connectors does."});
        finding.evidence.push_back(context.text.concat(
            {"Replication between bridgeheads travels as mail; without a messaging route "
             "between ",
             a, " and ", b, " it cannot flow."}));
        finding.mitigations.push_back(Mitigation{
            "add-messaging-connector",
            context.text.concat({"Add the messaging connector (site, X.400, dynamic RAS or "
                                 "Internet Mail) between ",
                                 a, " and ", b,
                                 " to the inventory if it exists, or create it (Q247032)."}),
            {"Q247032"}});
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
