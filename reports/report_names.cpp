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

std::vector<std::string_view> connector_names(const std::vector<analyzer::ConnectorId>& connectors,
                                              const inventory::Inventory& inventory) {
    std::vector<std::string_view> names;
    names.reserve(connectors.size());
    for (const auto id : connectors) names.emplace_back(inventory.replication_connectors[id].name);
    return names;
}

std::vector<std::string_view> site_names(const std::vector<inventory::SiteId>& sites,
                                         const inventory::Inventory& inventory) {
    std::vector<std::string_view> names;
    names.reserve(sites.size());
    for (const auto id : sites) names.emplace_back(inventory.sites[id].name);
    return names;
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
