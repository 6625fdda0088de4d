#include <string>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    const auto& drcs = context.inventory.replication_connectors;
    for (const auto& cycle : context.topology.replication_cycles()) {
        Finding finding;
        finding.location = drcs[cycle.front()].source;
        finding.connectors = cycle;
        finding.site = drcs[cycle.front()].bridgeheads[0].site;
        finding.mitigations.push_back(Mitigation{MitigationKind::fix_replication_route});
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const auto& drcs = context.inventory.replication_connectors;
    const auto& sites = context.inventory.sites;
    FindingWords words;
    std::vector<std::string> site_names;
    for (const ConnectorId id : finding.connectors) {
        const auto& ends = drcs[id].bridgeheads;
        site_names.push_back(sites[ends[0].site].name);
        words.evidence.push_back(concat({drcs[id].name, " joins sites ", sites[ends[0].site].name,
                                         " and ", sites[ends[1].site].name, "."}));
    }
    sort_names(site_names);
    words.title = concat({"Directory replication connectors ",
                          context.connector_names(finding.connectors), " form a cycle through sites ",
                          join_names(site_names),
                          "; a site's directory may reach another by one route only."});
    if (wording == Wording::title) return words;
    words.evidence.emplace_back(
        "Exchange refuses a second replication route to a site, so the inventory is probably "
        "wrong; the impact figures of this run cannot be trusted until it is fixed.");
    words.mitigations.emplace_back(
        "Compare the connectors with the Administrator program and remove from the inventory "
        "(or from the organization) the one that should not exist (Q247032).");
    return words;
}

}  // namespace

namespace rules {
extern const Rule topology_duplicate_replication_route{
    "topology-duplicate-replication-route", Severity::high, "documented",
    "Directory replication connectors that form a cycle", {"Q247032"}, RuleFamily::topology,
    check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
