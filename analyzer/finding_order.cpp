#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "analyzer/analysis.h"

namespace upgrade_risk::analyzer {

void sort_findings(std::vector<Finding>& findings, const RuleContext& context) {
    const inventory::Inventory& inventory = context.inventory;
    constexpr auto none = std::numeric_limits<std::size_t>::max();
    constexpr auto no_wave = std::numeric_limits<std::uint32_t>::max();
    // Severity, wave, site and server are kept with each position (the names are lookups
    // otherwise); rule and title, the rare ties, are read from the finding. Half the size of
    // a whole key: this sits beside every finding at the peak of a large run.
    struct Entry {
        int severity;
        std::uint32_t wave;
        std::string_view site;
        std::string_view server;
        std::size_t position;
    };
    std::vector<Entry> order;
    order.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        order.push_back(Entry{
            -static_cast<int>(f.severity()),
            f.wave.value_or(no_wave),
            f.site ? std::string_view(inventory.sites[*f.site].name) : "",
            f.server ? std::string_view(inventory.servers[*f.server].name) : "", i});
    }
    // Titles are worded only for the rare ties of one rule on one subject (topology findings
    // of one site), and kept while sorting.
    std::unordered_map<std::size_t, std::string> titles;
    const auto title = [&](std::size_t position) -> const std::string& {
        auto found = titles.find(position);
        if (found == titles.end()) {
            const Finding& finding = findings[position];
            found = titles.emplace(position, finding.rule->words(finding, context, Wording::title).title).first;
        }
        return found->second;
    };
    std::sort(order.begin(), order.end(), [&](const Entry& a, const Entry& b) {
        const auto first = std::tie(a.severity, a.wave, a.site, a.server);
        const auto second = std::tie(b.severity, b.wave, b.site, b.server);
        if (first != second) return first < second;
        const std::string_view rule_a = findings[a.position].rule_id();
        const std::string_view rule_b = findings[b.position].rule_id();
        if (rule_a != rule_b) return rule_a < rule_b;
        if (a.position == b.position) return false;
        const int titles_order = title(a.position).compare(title(b.position));
        // The position breaks the last ties: stable.
        return titles_order != 0 ? titles_order < 0 : a.position < b.position;
    });
    // Then each finding is moved once along the cycles of the permutation, in place: a second
    // vector of findings would double their memory at the peak. A slot done is marked `none`.
    for (std::size_t start = 0; start < findings.size(); ++start) {
        if (order[start].position == none || order[start].position == start) continue;
        Finding held = std::move(findings[start]);
        std::size_t slot = start;
        while (order[slot].position != start) {
            const std::size_t from = std::exchange(order[slot].position, none);
            findings[slot] = std::move(findings[from]);
            slot = from;
        }
        order[slot].position = none;
        findings[slot] = std::move(held);
    }
}

}  // namespace upgrade_risk::analyzer
