#include "analyzer/finding.h"

#include <algorithm>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "inventory/text_encoding.h"

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

std::string_view Finding::rule_id() const { return rule->id; }
Severity Finding::severity() const { return rule->severity; }
const std::vector<std::string_view>& Finding::kb() const { return rule->kb; }

std::string sites_cut_off_text(const Impact& impact, const inventory::Inventory& inventory,
                               std::string (*spell)(std::string_view), std::size_t named_at_most) {
    const std::size_t named = std::min(impact.sites_cut_off.size(), named_at_most);
    // Views of the names where they are (a copy only when spelled otherwise): this runs for
    // every critical finding in four reports, fifty names each.
    std::vector<std::string> spelled;
    if (spell) spelled.reserve(named);  // never reallocated, so the views of it stay valid
    std::vector<std::string_view> parts;
    parts.reserve(named + 1);
    for (std::size_t i = 0; i < named; ++i) {
        const std::string& site = inventory.sites[impact.sites_cut_off[i]].name;
        parts.push_back(spell ? std::string_view(spelled.emplace_back(spell(site))) : std::string_view(site));
    }
    const auto unnamed = impact.sites_cut_off_count - named;
    const std::string more = unnamed > 0 ? count_of(unnamed, "more site") : std::string();
    if (unnamed > 0) parts.push_back(more);
    return join_names_of(parts, [](std::string_view part) { return part; });
}

std::string fingerprint(const Finding& finding, const inventory::Inventory& inventory) {
    std::string key(finding.rule_id());
    key += '|';
    if (finding.site) key += inventory.sites[*finding.site].name;
    key += '|';
    if (finding.server) key += inventory.servers[*finding.server].name;
    key += '|';
    for (std::size_t i = 0; i < finding.connectors.size(); ++i) {
        if (i > 0) key += ',';
        key += inventory.replication_connectors[finding.connectors[i]].name;
    }
    inventory::make_ascii_lower(key);
    return key;
}

}  // namespace upgrade_risk::analyzer
