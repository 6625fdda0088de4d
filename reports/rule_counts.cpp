#include "reports/rule_counts.h"

#include <algorithm>
#include <map>
#include <utility>

namespace upgrade_risk::reports {

std::vector<RuleCount> count_by_rule(const std::vector<analyzer::Finding>& findings,
                                     const std::function<bool(const analyzer::Finding&)>& counted) {
    std::map<std::pair<int, std::string_view>, std::size_t> counts;
    for (const analyzer::Finding& finding : findings) {
        if (counted(finding)) ++counts[{-static_cast<int>(finding.severity()), finding.rule_id()}];
    }
    std::vector<RuleCount> rows;
    for (const auto& [key, count] : counts) {
        rows.push_back({static_cast<analyzer::Severity>(-key.first), key.second, count});
    }
    return rows;
}

std::vector<SiteCount> count_by_site(const std::vector<analyzer::Finding>& findings, std::size_t site_count) {
    std::vector<SiteCount> sites(site_count);
    for (inventory::SiteId id = 0; id < site_count; ++id) sites[id].site = id;
    for (const analyzer::Finding& finding : findings) {
        if (!finding.site || *finding.site >= site_count) continue;
        SiteCount& site = sites[*finding.site];
        ++site.by_severity[static_cast<std::size_t>(analyzer::Severity::critical) -
                           static_cast<std::size_t>(finding.severity())];
        ++site.total;
    }
    std::erase_if(sites, [](const SiteCount& site) { return site.total == 0; });
    std::stable_sort(sites.begin(), sites.end(), [](const SiteCount& a, const SiteCount& b) {
        return a.by_severity > b.by_severity;
    });
    return sites;
}

}  // namespace upgrade_risk::reports
