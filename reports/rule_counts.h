#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"

namespace upgrade_risk::reports {

/// How many of some findings one rule raised at one severity: what a report shows of findings
/// too many to list one by one.
struct RuleCount {
    analyzer::Severity severity;
    std::string_view rule;
    std::size_t count = 0;
};

/// The findings that `counted` picks, counted by rule and severity: worst first, then by rule
/// id. The rule ids point into `findings`.
std::vector<RuleCount> count_by_rule(const std::vector<analyzer::Finding>& findings,
                                     const std::function<bool(const analyzer::Finding&)>& counted);

/// How many findings of each severity are about one site: what the printed report sums up of
/// an organization's findings site by site.
struct SiteCount {
    inventory::SiteId site = 0;
    std::array<std::size_t, analyzer::kSeveritiesWorstFirst.size()> by_severity{};  ///< Worst first.
    std::size_t total = 0;
};

/// The sites with findings, worst first: the most critical findings, then the most high ones
/// and so on, then in inventory order. Findings about no site are not counted.
std::vector<SiteCount> count_by_site(const std::vector<analyzer::Finding>& findings, std::size_t site_count);

}  // namespace upgrade_risk::reports
