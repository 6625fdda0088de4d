#include "reports/report_names.h"

#include <algorithm>
#include <vector>

#include "analyzer/rule.h"

namespace upgrade_risk::reports {

FindingSubject subject_of(const analyzer::Finding& finding, const inventory::Inventory& inventory) {
    FindingSubject subject;
    if (finding.server) subject.server = inventory.servers[*finding.server].name;
    if (finding.site) subject.site = inventory.sites[*finding.site].name;
    if (finding.wave && inventory.rollout) subject.wave = inventory.rollout->waves[*finding.wave].name;
    return subject;
}

namespace {

/// The names of the elements `ids` picks from `elements` (sites, connectors).
template <typename Id, typename Elements>
std::vector<std::string_view> names_of(const std::vector<Id>& ids, const Elements& elements) {
    std::vector<std::string_view> names;
    names.reserve(ids.size());
    for (const Id id : ids) names.emplace_back(elements[id].name);
    return names;
}

}  // namespace

std::vector<std::string_view> connector_names(const std::vector<analyzer::ConnectorId>& connectors,
                                              const inventory::Inventory& inventory) {
    return names_of(connectors, inventory.replication_connectors);
}

std::vector<std::string_view> site_names(const std::vector<inventory::SiteId>& sites,
                                         const inventory::Inventory& inventory) {
    return names_of(sites, inventory.sites);
}

std::string_view prerequisite_id(const analyzer::Prerequisite& prerequisite) {
    return analyzer::rule_of(prerequisite.kind).id;
}

std::size_t servers_with(const std::vector<analyzer::Finding>& findings,
                         std::optional<analyzer::Severity> severity) {
    std::vector<inventory::ServerId> servers;
    for (const auto& finding : findings) {
        if (!finding.server) continue;
        const bool wanted =
            severity ? finding.severity() == *severity
                     : finding.rule->family == analyzer::RuleFamily::backout;
        if (wanted) servers.push_back(*finding.server);
    }
    std::sort(servers.begin(), servers.end());
    return static_cast<std::size_t>(std::unique(servers.begin(), servers.end()) - servers.begin());
}

}  // namespace upgrade_risk::reports
