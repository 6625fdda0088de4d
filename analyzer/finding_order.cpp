#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

#include "analyzer/analysis.h"

namespace upgrade_risk::analyzer {

namespace {

/// For each id some finding names (marked non-zero in `ranks` beforehand), its name's
/// position in byte order among them, from 1; 0 stays for the findings without one, which
/// sort first as an empty name would. Names are unique, so equal ranks mean equal names.
template <typename Name>
void rank_by_name(std::vector<std::uint32_t>& ranks, Name name) {
    std::vector<std::uint32_t> named;
    for (std::uint32_t id = 0; id < ranks.size(); ++id) {
        if (ranks[id] != 0) named.push_back(id);
    }
    std::sort(named.begin(), named.end(),
              [&](std::uint32_t a, std::uint32_t b) { return name(a) < name(b); });
    for (std::size_t rank = 0; rank < named.size(); ++rank) {
        ranks[named[rank]] = static_cast<std::uint32_t>(rank + 1);
    }
}

}  // namespace

void sort_findings(std::vector<Finding>& findings, const RuleContext& context) {
    const inventory::Inventory& inventory = context.inventory;
    constexpr auto none = std::numeric_limits<std::size_t>::max();
    constexpr auto no_wave = std::numeric_limits<std::uint32_t>::max();
    // The site and server names a finding is ordered by, as their ranks in byte order: two
    // integers to compare instead of two strings, each compared O(log n) times per finding.
    std::vector<std::uint32_t> site_rank(inventory.sites.size(), 0);
    std::vector<std::uint32_t> server_rank(inventory.servers.size(), 0);
    for (const Finding& f : findings) {
        if (f.site) site_rank[*f.site] = 1;
        if (f.server) server_rank[*f.server] = 1;
    }
    rank_by_name(site_rank, [&](std::uint32_t site) -> std::string_view {
        return inventory.sites[site].name;
    });
    rank_by_name(server_rank, [&](std::uint32_t server) -> std::string_view {
        return inventory.servers[server].name;
    });
    // Severity (worst first) and wave, then site and server, packed into two words kept with
    // each position; rule and title, the rare ties, are read from the finding. This sits
    // beside every finding at the peak of a large run.
    struct Entry {
        std::uint64_t severity_wave;
        std::uint64_t site_server;
        std::size_t position;
    };
    std::vector<Entry> order;
    order.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const std::uint64_t worse_first = static_cast<std::uint64_t>(Severity::critical) -
                                          static_cast<std::uint64_t>(f.severity());
        order.push_back(Entry{(worse_first << 32) | f.wave.value_or(no_wave),
                              (std::uint64_t{f.site ? site_rank[*f.site] : 0} << 32) |
                                  (f.server ? server_rank[*f.server] : 0),
                              i});
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
        if (a.severity_wave != b.severity_wave) return a.severity_wave < b.severity_wave;
        if (a.site_server != b.site_server) return a.site_server < b.site_server;
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
