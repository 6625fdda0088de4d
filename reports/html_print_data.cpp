#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "reports/html_data.h"
#include "reports/html_text.h"
#include "reports/rule_counts.h"

namespace upgrade_risk::reports {

using analyzer::Finding;
using analyzer::Severity;

namespace {

/// Sites a row of the by-rule summary names before it counts the rest.
constexpr std::size_t kSitesNamedPerRuleAtMost = 5;

/// "Boston (2), Portland and 3 more sites": the sites with the most of one rule's findings.
std::string sites_of_rule(const inventory::Inventory& inventory, const std::vector<std::size_t>& per_site) {
    std::vector<inventory::SiteId> sites;
    for (inventory::SiteId id = 0; id < per_site.size(); ++id) {
        if (per_site[id] > 0) sites.push_back(id);
    }
    if (sites.empty()) return "";
    std::stable_sort(sites.begin(), sites.end(),
                     [&per_site](auto a, auto b) { return per_site[a] > per_site[b]; });
    const std::size_t named = std::min(sites.size(), kSitesNamedPerRuleAtMost);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < named; ++i) {
        const std::size_t count = per_site[sites[i]];
        names.push_back(inventory.sites[sites[i]].name + (count > 1 ? " (" + analyzer::number_text(count) + ")" : ""));
    }
    if (named < sites.size()) names.push_back(analyzer::count_of(sites.size() - named, "more site"));
    return analyzer::join_names(names);
}

/// One row per rule and severity, with the rule's one-line summary and the sites it is about.
HtmlList rule_rows(const ReportInput& input) {
    const auto& findings = input.result.findings;
    const std::vector<RuleCount> counts = count_by_rule(findings, [](const Finding&) { return true; });
    std::map<std::pair<Severity, std::string_view>, std::size_t> row_of;
    for (std::size_t i = 0; i < counts.size(); ++i) row_of[{counts[i].severity, counts[i].rule}] = i;
    std::vector<std::vector<std::size_t>> per_site(counts.size());
    for (const Finding& finding : findings) {
        if (!finding.site) continue;
        auto& sites = per_site[row_of.at({finding.severity(), finding.rule_id()})];
        if (sites.empty()) sites.resize(input.inventory.sites.size());
        ++sites[*finding.site];
    }
    HtmlList rows;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const RuleCount& count = counts[i];
        std::string sites = sites_of_rule(input.inventory, per_site[i]);
        rows.push_back(std::move(HtmlObject()
                                     .set("severity", std::string(analyzer::to_string(count.severity)))
                                     .set("symbol", std::string(severity_symbol(count.severity)))
                                     .set("rule", std::string(count.rule))
                                     .set("summary", std::string(analyzer::find_rule(count.rule)->summary))
                                     .set("count", analyzer::number_text(count.count))
                                     .set("sites", sites.empty() ? std::string("(not about one site)") : sites)));
    }
    return rows;
}

/// The sites with the most severe findings, a row each with their counts by severity.
void add_site_rows(const ReportInput& input, HtmlObject& data) {
    const std::vector<SiteCount> sites = count_by_site(input.result.findings, input.inventory.sites.size());
    const std::size_t listed = std::min(sites.size(), kPrintedSitesAtMost);
    HtmlList rows;
    for (std::size_t i = 0; i < listed; ++i) {
        HtmlList counts;
        for (std::size_t count : sites[i].by_severity) {
            counts.push_back(HtmlObject{{"count", analyzer::number_text(count)}});
        }
        rows.push_back(HtmlObject{{"site", input.inventory.sites[sites[i].site].name},
                                  {"counts", std::move(counts)},
                                  {"total", analyzer::number_text(sites[i].total)}});
    }
    data.set("print_sites", std::move(rows));
    data.set("print_sites_caption", listed < sites.size()
                                        ? "The " + analyzer::number_text(listed) + " of " +
                                              analyzer::count_of(sites.size(), "site") +
                                              " with findings that have the most severe ones"
                                        : "Every site with findings, the most severe first");
}

}  // namespace

void add_print_data(const ReportInput& input, HtmlObject& data) {
    data.set("print_rules", rule_rows(input));
    add_site_rows(input, data);
}

}  // namespace upgrade_risk::reports
