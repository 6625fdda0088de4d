#include "reports/report_names.h"

#include <algorithm>
#include <vector>

namespace upgrade_risk::reports {

FindingSubject subject_of(const analyzer::Finding& finding, const inventory::Inventory& inventory) {
    FindingSubject subject;
    if (finding.server) subject.server = inventory.servers[*finding.server].name;
    if (finding.site) subject.site = inventory.sites[*finding.site].name;
    if (finding.wave && inventory.rollout) subject.wave = inventory.rollout->waves[*finding.wave].name;
    return subject;
}

std::size_t servers_with(const std::vector<analyzer::Finding>& findings,
                         std::optional<analyzer::Severity> severity) {
    std::vector<inventory::ServerId> servers;
    for (const auto& finding : findings) {
        if (!finding.server) continue;
        const bool wanted =
            severity ? finding.severity == *severity : finding.rule.view().starts_with("backout-");
        if (wanted) servers.push_back(*finding.server);
    }
    std::sort(servers.begin(), servers.end());
    return static_cast<std::size_t>(std::unique(servers.begin(), servers.end()) - servers.begin());
}

}  // namespace upgrade_risk::reports
