#include "analyzer/finding.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <tuple>
#include <utility>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::info: return "info";
        case Severity::low: return "low";
        case Severity::medium: return "medium";
        case Severity::high: return "high";
        case Severity::critical: return "critical";
    }
    return "info";
}

std::string_view to_string(Confidence confidence) {
    return confidence == Confidence::documented ? "documented" : "inferred";
}

std::optional<Severity> parse_severity(std::string_view text) {
    for (const Severity severity : {Severity::info, Severity::low, Severity::medium,
                                    Severity::high, Severity::critical}) {
        if (to_string(severity) == text) return severity;
    }
    return std::nullopt;
}

std::string sites_cut_off_text(const Impact& impact, std::string (*spell)(std::string_view)) {
    std::vector<std::string> parts;
    parts.reserve(impact.sites_cut_off.size() + 1);
    for (const std::string_view site : impact.sites_cut_off) {
        parts.push_back(spell ? spell(site) : std::string(site));
    }
    const auto unnamed = impact.sites_cut_off_count - impact.sites_cut_off.size();
    if (unnamed > 0) parts.push_back(count_of(unnamed, "more site"));
    return join_names(parts);
}

std::string fingerprint(const Finding& finding, const inventory::Inventory& inventory) {
    std::string key(finding.rule.view());
    key += '|';
    if (finding.site) key += inventory.sites[*finding.site].name;
    key += '|';
    if (finding.server) key += inventory.servers[*finding.server].name;
    key += '|';
    for (std::size_t i = 0; i < finding.connectors.size(); ++i) {
        if (i > 0) key += ',';
        key += finding.connectors[i];
    }
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return key;
}

void sort_findings(std::vector<Finding>& findings, const inventory::Inventory& inventory) {
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
            -static_cast<int>(f.severity),
            f.wave.value_or(no_wave),
            f.site ? std::string_view(inventory.sites[*f.site].name) : "",
            f.server ? std::string_view(inventory.servers[*f.server].name) : "", i});
    }
    std::sort(order.begin(), order.end(), [&](const Entry& a, const Entry& b) {
        const auto rest = [&](const Entry& e) {
            return std::tuple(findings[e.position].rule.view(), findings[e.position].title.view(),
                              e.position);  // the position breaks ties: stable
        };
        const auto first = std::tie(a.severity, a.wave, a.site, a.server);
        const auto second = std::tie(b.severity, b.wave, b.site, b.server);
        return first != second ? first < second : rest(a) < rest(b);
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
