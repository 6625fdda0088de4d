#include <string>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"

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

/// One finding per island, about its first site; its connectors are those it declares.
void check(const RuleContext& context, FindingSink& sink) {
    const auto& components = context.topology.components();
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (i == context.topology.main_component()) continue;
        const auto& island = components[i];
        Finding finding;
        finding.site = island.sites.front();
        finding.location = context.inventory.sites[island.sites.front()].source;
        for (const auto site : island.sites) {
            for (const ConnectorId id : context.topology.site_connectors(site)) {
                if (context.inventory.replication_connectors[id].bridgeheads[0].site == site) {
                    finding.connectors.push_back(id);
                }
            }
        }
        finding.mitigations.push_back(Mitigation{MitigationKind::join_island});
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const auto& components = context.topology.components();
    const auto& island = components[context.topology.component_of(*finding.site)];
    const auto& main = components[context.topology.main_component()];
    const std::string names = some_sites(context.inventory, island.sites);
    FindingWords words;
    words.title = concat({island.sites.size() == 1 ? "Site " : "Sites ", names,
                          island.sites.size() == 1 ? " is" : " are",
                          " not joined to the rest of the organization by any directory "
                          "replication connector."});
    if (wording == Wording::title) return words;
    words.evidence.push_back(concat(
        {names, " (", count_of(island.servers, "server"), ", ", count_of(island.mailboxes, "mailbox"),
         ") exchange no directory updates with the rest of the organization."}));
    words.evidence.push_back(concat(
        {"The rest of the organization is the largest group of sites joined by replication "
         "connectors (by servers; the first in the file on a tie): ",
         some_sites(context.inventory, main.sites), " (", count_of(main.servers, "server"), ")."}));
    words.mitigations.emplace_back(
        "If a connector is missing from the inventory, add it; otherwise create a directory "
        "replication connector from one of these sites to the rest of the organization.");
    return words;
}

}  // namespace

namespace rules {
extern const Rule topology_directory_island{
    "topology-directory-island", Severity::medium, "documented",
    "Sites no replication connector joins to the rest of the organization", {"Q169653"},
    RuleFamily::topology, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
