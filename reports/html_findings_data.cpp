#include "analyzer/names.h"
#include "inventory/timestamp.h"
#include "reports/html_data.h"
#include "reports/html_text.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

using analyzer::Finding;
using analyzer::Severity;
using kainjow::mustache::list;
using kainjow::mustache::object;

namespace {

/// Above this many findings, the cards of medium, low and info findings fold into <details>
/// so the page opens on what matters.
constexpr std::size_t kFoldCardsAbove = 30;

std::string wave_name(const inventory::Inventory& inventory, const Finding& finding) {
    if (!finding.wave || !inventory.rollout || *finding.wave >= inventory.rollout->waves.size()) {
        return "";
    }
    return inventory.rollout->waves[*finding.wave].name;
}

HtmlData kb_links(const std::vector<std::string>& ids) {
    list links;
    for (const auto& id : ids) {
        object link{{"id", id}};
        if (const auto url = kb_href(id)) link["url"] = *url;
        links.push_back(link);
    }
    return links;
}

std::string service_pack_words(const inventory::ProductLevel& level) {
    return level.service_pack == 0 ? "no service pack"
                                   : "Service Pack " + std::to_string(level.service_pack);
}

/// The recovery steps of Q195908 with this server's own names; templates lay them out.
HtmlData runbook(const inventory::Inventory& inventory, const Finding& finding) {
    const auto& server = inventory.servers[*finding.server];
    const auto& site = inventory.sites[server.site];
    const auto& org = inventory.organization.name;
    object book{{"server", server.name},
                {"site", site.name},
                {"org", org},
                {"level", inventory::to_string(server.level)},
                {"service_pack_words", service_pack_words(server.level)},
                {"version", std::string(inventory::to_string(server.level.version))},
                {"dn", "/o=" + org + "/ou=" + site.name + "/cn=Configuration/cn=Servers/cn=" +
                           server.name + "/cn=Microsoft DSA"}};
    if (const auto* kit = kit_for(inventory, server.level)) {
        book["install_kit"] = object{{"location", kit->location.empty() ? "location not recorded"
                                                                         : kit->location}};
    }
    if (const auto* kit = authrest_kit(inventory)) {
        book["authrest_kit"] = object{{"location", kit->location.empty() ? "location not recorded"
                                                                          : kit->location},
                                      {"level", inventory::to_string(kit->level)}};
    }
    if (const auto* backup = newest_current_backup(inventory, *finding.server)) {
        book["backup"] = object{
            {"taken", backup->taken.text},
            {"type", backup->type == inventory::BackupType::offline ? "offline" : "online"},
            {"verified", backup->verified ? "verified" : "not verified"},
            {"location", backup->location},
            {"has_location", !backup->location.empty()}};
    }
    const std::vector<std::string>& connectors =
        finding.impact && !finding.impact->connectors.empty() ? finding.impact->connectors
                                                               : finding.connectors;
    book["connectors_text"] = analyzer::join_names(connectors);
    book["has_connectors"] = !connectors.empty();
    return book;
}

HtmlData card(const inventory::Inventory& inventory, const Finding& finding, std::size_t index) {
    const std::string severity(analyzer::to_string(finding.severity));
    object item{{"anchor", "finding-" + std::to_string(index + 1)},
                {"number", std::to_string(index + 1)},
                {"severity", severity},
                {"symbol", std::string(severity_symbol(finding.severity))},
                {"rule", finding.rule},
                {"confidence", std::string(analyzer::to_string(finding.confidence))},
                {"title", finding.title},
                {"kb", kb_links(finding.kb)},
                {"evidence", text_list(finding.evidence)},
                {"connectors", text_list(finding.connectors)}};
    // Absent rather than empty, so templates can write {{^server}}-{{/server}}.
    if (finding.server) item["server"] = inventory.servers[*finding.server].name;
    if (finding.site) item["site"] = inventory.sites[*finding.site].name;
    if (const auto wave = wave_name(inventory, finding); !wave.empty()) item["wave"] = wave;
    if (finding.location.line > 0) {
        item["location"] = inventory.path + ":" + std::to_string(finding.location.line) + ":" +
                           std::to_string(finding.location.column);
    }
    std::vector<std::string> explanation;
    for (const auto paragraph : rule_explanation(finding.rule)) explanation.emplace_back(paragraph);
    item["explanation"] = text_list(explanation);
    if (finding.impact) {
        const analyzer::Impact& impact = *finding.impact;
        item["impact"] = object{{"sites_count", analyzer::count_of(impact.sites_cut_off.size(), "site")},
                                {"servers_count", analyzer::count_of(impact.servers_cut_off, "server")},
                                {"mailboxes_count", analyzer::count_of(impact.mailboxes_cut_off, "mailbox")},
                                {"sites_text", analyzer::join_names(impact.sites_cut_off)},
                                {"connectors_text", analyzer::join_names(impact.connectors)},
                                {"has_sites", !finding.impact->sites_cut_off.empty()},
                                {"has_connectors", !finding.impact->connectors.empty()}};
    }
    list prerequisites;
    for (const auto& prerequisite : finding.prerequisites) {
        prerequisites.push_back(object{
            {"label", std::string(prerequisite_label(prerequisite.id))},
            {"id", prerequisite.id},
            {"satisfied", prerequisite.satisfied},
            {"status", prerequisite.satisfied ? "satisfied" : "NOT satisfied"},
            {"symbol", prerequisite.satisfied ? "\xE2\x9C\x93" : "\xE2\x9C\x97"},
            {"reason", prerequisite.reason}});
    }
    item["prerequisites"] = prerequisites;
    item["has_prerequisites"] = !finding.prerequisites.empty();
    list mitigations;
    for (const auto& mitigation : finding.mitigations) {
        mitigations.push_back(object{{"text", mitigation.text},
                                     {"kb", kb_links(mitigation.kb)},
                                     {"has_kb", !mitigation.kb.empty()}});
    }
    item["mitigations"] = mitigations;
    item["has_mitigations"] = !finding.mitigations.empty();
    if (finding.severity == Severity::critical && finding.server) {
        item["runbook"] = runbook(inventory, finding);
    }
    return item;
}

}  // namespace

void add_findings_data(const ReportInput& input, HtmlData& data) {
    const auto& findings = input.result.findings;
    const bool fold = findings.size() > kFoldCardsAbove;
    list rows;
    list folded_rows;
    list cards;
    list folded;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        HtmlData item = card(input.inventory, findings[i], i);
        if (const auto& baseline = input.context.baseline) {
            item.set("change", std::string(to_string(baseline->states[i])));
            item.set("is_new", baseline->states[i] == BaselineState::added);
        }
        const bool folds = fold && findings[i].severity < Severity::high;
        (folds ? folded_rows : rows).push_back(item);
        (folds ? folded : cards).push_back(item);
    }
    data.set("findings", rows);
    data.set("folded_findings", folded_rows);
    data.set("has_findings", !findings.empty());
    data.set("cards", cards);
    data.set("folded_cards", folded);
    data.set("has_folded_cards", !folded.empty());
    data.set("folded_count", std::to_string(folded.size()));
}

}  // namespace upgrade_risk::reports
