#include "analyzer/rules/topology_directory_island.h"

#include <string>
#include <vector>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

/// How many site names a finding lists before saying "and N more".
constexpr std::size_t kNamedSites = 5;

std::string some_sites(const inventory::Inventory& inventory,
                       const std::vector<inventory::SiteId>& sites) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < sites.size() && i < kNamedSites; ++i) {
        names.push_back(inventory.sites[sites[i]].name);
    }
    if (sites.size() > kNamedSites) names.push_back(count_of(sites.size() - kNamedSites, "more site"));
    return join_names(names);
}

}  // namespace

void check_topology_directory_island(const RuleContext& context, FindingSink& sink) {
    const auto& components = context.topology.components();
    const auto& main = components[context.topology.main_component()];
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (i == context.topology.main_component()) continue;
        const auto& island = components[i];
        const auto& first = context.inventory.sites[island.sites.front()];
        Finding finding;
        finding.rule = "topology-directory-island";
        finding.severity = Severity::medium;
        finding.confidence = Confidence::documented;
        finding.site = island.sites.front();
        finding.kb = {"Q169653"};
        finding.location = first.source;
        for (const auto site : island.sites) {
            for (const ConnectorId id : context.topology.site_connectors(site)) {
                const auto& connector = context.inventory.replication_connectors[id];
                if (connector.bridgeheads[0].site == site) {
                    finding.connectors.push_back(context.text.keep(connector.name));
                }
            }
        }
        const std::string names = some_sites(context.inventory, island.sites);
        finding.title = context.text.concat({island.sites.size() == 1 ? "Site " : "Sites ", names,
                                             island.sites.size() == 1 ? " is" : " are",
                                             " not joined to the rest of the organization by any "
                                             "directory replication connector."});
        finding.evidence.push_back(context.text.concat(
            {names, " (", count_of(island.servers, "server"), ", ",
             count_of(island.mailboxes, "mailbox"),
             ") exchange no directory updates with the rest of the organization."}));
        finding.evidence.push_back(context.text.concat(
            {"The rest of the organization is the largest group of sites joined by replication "
             "connectors (by servers; the first in the file on a tie): ",
             some_sites(context.inventory, main.sites), " (", count_of(main.servers, "server"),
             ")."}));
        finding.mitigations.push_back(Mitigation{
            "join-island",
            "If a connector is missing from the inventory, add it; otherwise create a directory "
            "replication connector from one of these sites to the rest of the organization.",
            {"Q169653"}});
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
