#include "analyzer/names.h"
#include "inventory/timestamp.h"
#include "reports/html_data.h"
#include "reports/html_section.h"
#include "reports/html_text.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

using analyzer::Finding;
using analyzer::Severity;
using kainjow::mustache::list;
using kainjow::mustache::object;

namespace {

/// Above this many findings, the cards of medium, low and info findings fold into <details>
/// so the page opens on what matters; above kFoldedCardsAtMost folded findings they get no
/// card at all, only their row (title included): thousands of cards of "shows the wrong
/// version" would be most of the page. The other reports carry their full details.
constexpr std::size_t kFoldCardsAbove = 30;
constexpr std::size_t kFoldedCardsAtMost = 100;

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

/// What the findings table shows of a finding.
object row(const inventory::Inventory& inventory, const Finding& finding, std::size_t index) {
    const std::string severity(analyzer::to_string(finding.severity));
    object item{{"anchor", "finding-" + std::to_string(index + 1)},
                {"number", std::to_string(index + 1)},
                {"severity", severity},
                {"symbol", std::string(severity_symbol(finding.severity))},
                {"rule", finding.rule},
                {"confidence", std::string(analyzer::to_string(finding.confidence))},
                {"title", finding.title}};
    // Absent rather than empty, so templates can write {{^server}}-{{/server}}.
    if (finding.server) item["server"] = inventory.servers[*finding.server].name;
    if (finding.site) item["site"] = inventory.sites[*finding.site].name;
    if (const auto wave = wave_name(inventory, finding); !wave.empty()) item["wave"] = wave;
    return item;
}

/// The row plus everything the finding's card shows.
HtmlData card(const inventory::Inventory& inventory, const Finding& finding, std::size_t index) {
    object item = row(inventory, finding, index);
    item["kb"] = kb_links(finding.kb);
    item["evidence"] = text_list(finding.evidence);
    item["connectors"] = text_list(finding.connectors);
    if (finding.location.line > 0) {
        item["location"] = inventory.path + ":" + std::to_string(finding.location.line) + ":" +
                           std::to_string(finding.location.column);
    }
    std::vector<std::string> explanation;
    for (const auto paragraph : rule_explanation(finding.rule)) explanation.emplace_back(paragraph);
    item["explanation"] = text_list(explanation);
    if (finding.impact) {
        const analyzer::Impact& impact = *finding.impact;
        item["impact"] = object{{"sites_count", analyzer::count_of(impact.sites_cut_off_count, "site")},
                                {"servers_count", analyzer::count_of(impact.servers_cut_off, "server")},
                                {"mailboxes_count", analyzer::count_of(impact.mailboxes_cut_off, "mailbox")},
                                {"sites_text", analyzer::sites_cut_off_text(impact)},
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

void add_findings_data(const ReportInput& input, HtmlSections& sections, HtmlData& data) {
    const auto& findings = input.result.findings;
    const bool fold = findings.size() > kFoldCardsAbove;
    const auto folds = [fold](const Finding& finding) {
        return fold && finding.severity < Severity::high;
    };
    const auto folded = static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), folds));
    const bool folded_get_cards = folded <= kFoldedCardsAtMost;
    const auto has_card = [=](const Finding& finding) { return !folds(finding) || folded_get_cards; };
    // One part of the page: the findings `wanted` picks, each as a row or as a card.
    enum class Shape { row, card };
    const auto part = [&](std::string_view name, Shape shape, auto wanted) {
        return sections.defer(name, data, [&input, shape, wanted, has_card](HtmlSection& section) {
            const auto& all = input.result.findings;
            const auto& states = input.context.baseline;
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (!wanted(i)) continue;
                HtmlData item = shape == Shape::card ? card(input.inventory, all[i], i)
                                                     : row(input.inventory, all[i], i);
                item.set("has_card", has_card(all[i]));
                if (states) item.set("change", std::string(to_string(states->states[i])));
                section.add(item);
            }
        });
    };
    const auto& baseline = input.context.baseline;
    data.set("new_findings", part("change-new.mustache", Shape::row, [&baseline](std::size_t i) {
                 return baseline && baseline->states[i] == BaselineState::added;
             }));
    data.set("finding_rows", part("finding-row.mustache", Shape::row,
                                  [&findings, folds](std::size_t i) { return !folds(findings[i]); }));
    data.set("folded_finding_rows", part("finding-row.mustache", Shape::row,
                                         [&findings, folds](std::size_t i) { return folds(findings[i]); }));
    data.set("has_findings", !findings.empty());
    data.set("cards", part("card.mustache", Shape::card, [&findings, folds](std::size_t i) {
                 return !folds(findings[i]);
             }));
    data.set("folded_cards", part("card.mustache", Shape::card, [&findings, folds, has_card](std::size_t i) {
                 return folds(findings[i]) && has_card(findings[i]);
             }));
    data.set("has_folded_cards", folded > 0 && folded_get_cards);
    data.set("has_folded", folded > 0);
    data.set("folded_count", std::to_string(folded));
}

}  // namespace upgrade_risk::reports
