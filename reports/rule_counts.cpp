#include "reports/rule_counts.h"

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

}  // namespace upgrade_risk::reports
