#pragma once

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

}  // namespace upgrade_risk::reports
