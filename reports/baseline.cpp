#include "reports/baseline.h"

#include <map>

#include "inventory/number_text.h"

namespace upgrade_risk::reports {

std::string_view to_string(BaselineState state) {
    return state == BaselineState::added ? "new" : "unchanged";
}

std::string change_counts(const BaselineComparison& comparison) {
    return inventory::number_text(comparison.added) + " new, " +
           inventory::number_text(comparison.unchanged) + " unchanged, " +
           inventory::number_text(comparison.resolved.size()) + " resolved";
}

BaselineComparison compare_with_baseline(const Baseline& baseline,
                                         const analyzer::AnalysisResult& result,
                                         const inventory::Inventory& inventory) {
    BaselineComparison comparison;
    comparison.baseline_path = baseline.path;
    comparison.baseline_generated = baseline.generated;
    // A count per fingerprint, so two findings sharing one are matched one for one.
    std::map<std::string, std::size_t> previous;
    for (const BaselineFinding& finding : baseline.findings) ++previous[finding.fingerprint];

    std::map<std::string, std::size_t> current;
    for (const analyzer::Finding& finding : result.findings) {
        const std::string key = analyzer::fingerprint(finding, inventory);
        std::size_t& remaining = previous[key];
        if (remaining > 0) {
            --remaining;
            comparison.states.push_back(BaselineState::unchanged);
            ++comparison.unchanged;
        } else {
            comparison.states.push_back(BaselineState::added);
            ++comparison.added;
        }
        ++current[key];
    }
    for (const BaselineFinding& finding : baseline.findings) {
        std::size_t& matched = current[finding.fingerprint];
        if (matched > 0) {
            --matched;
        } else {
            comparison.resolved.push_back(finding);
        }
    }
    return comparison;
}

}  // namespace upgrade_risk::reports
