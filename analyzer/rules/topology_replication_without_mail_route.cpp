#include <string>

#include "analyzer/names.h"
#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    const auto& connectors = context.inventory.replication_connectors;
    for (ConnectorId id = 0; id < connectors.size(); ++id) {
        const auto& ends = connectors[id].bridgeheads;
        if (context.topology.mail_route_between(ends[0].site, ends[1].site)) continue;
        Finding finding;
        finding.site = ends[0].site;
        finding.connectors = {id};
        finding.location = connectors[id].source;
        finding.mitigations.push_back(Mitigation{MitigationKind::add_messaging_connector});
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const auto& connector = context.inventory.replication_connectors[finding.connectors.front()];
    const std::string& a = context.inventory.sites[connector.bridgeheads[0].site].name;
    const std::string& b = context.inventory.sites[connector.bridgeheads[1].site].name;
    FindingWords words;
    words.title = concat({"Directory replication connector ", connector.name, " joins sites ", a,
                          " and ", b, ", but no chain of messaging connectors does."});
    if (wording == Wording::title) return words;
    words.evidence.push_back(concat({"Replication between bridgeheads travels as mail; without a "
                                     "messaging route between ",
                                     a, " and ", b, " it cannot flow."}));
    words.mitigations.push_back(concat({"Add the messaging connector (site, X.400, dynamic RAS or "
                                        "Internet Mail) between ",
                                        a, " and ", b,
                                        " to the inventory if it exists, or create it (Q247032)."}));
    return words;
}

}  // namespace

namespace rules {
extern const Rule topology_replication_without_mail_route{
    "topology-replication-without-mail-route", Severity::high, "documented",
    "A replication connector between sites no messaging connectors join", {"Q247032"},
    RuleFamily::topology, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
