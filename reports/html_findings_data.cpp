#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <utility>

#include "analyzer/names.h"
#include "analyzer/recovery.h"
#include "analyzer/rule.h"
#include "analyzer/rule_docs.h"
#include "inventory/source_location.h"
#include "inventory/timestamp.h"
#include "reports/html_data.h"
#include "reports/html_text.h"
#include "reports/local_diagram.h"
#include "reports/report_names.h"
#include "reports/rule_counts.h"

namespace upgrade_risk::reports {

using analyzer::Finding;
using analyzer::Severity;

namespace {

/// Above this many findings, the cards of medium, low and info findings fold into <details>
/// so the page opens on what matters; above kFoldedCardsAtMost folded findings they get no
/// card at all, only their row (title included): thousands of cards of "shows the wrong
/// version" would be most of the page. The other reports carry their full details.
constexpr std::size_t kFoldCardsAbove = 30;
constexpr std::size_t kFoldedCardsAtMost = 100;
/// Above this many folded findings they are counted by rule instead of listed a row each, and
/// above kHighCardsAtMost high findings those get a row and no card: tens of thousands of rows
/// and cards made a page too large for a browser to open (docs/performance.md). Critical
/// findings always get their card, with the recovery runbook.
constexpr std::size_t kFoldedRowsAtMost = 1000;
constexpr std::size_t kHighCardsAtMost = 500;
/// Above this many cards of critical and high findings, they start folded too: a browser lays
/// out only what is open, and thousands of open cards kept a large report blank for a minute.
/// A finding's number in the table still opens its card.
constexpr std::size_t kOpenCardsAtMost = 100;

/// Which cards the page prints: the first kPrintedCardsAtMost critical findings, or when none is
/// critical the first high ones, if they have cards. Findings run worst first, so those are the
/// first findings of all.
struct PrintedCards {
    Severity severity = Severity::critical;
    std::size_t of_severity = 0;  ///< Findings of that severity.
    bool have_cards = true;

    bool printed(const Finding& finding, std::size_t index) const {
        return have_cards && finding.severity() == severity && index < kPrintedCardsAtMost;
    }
    /// How many cards print.
    std::size_t count() const { return have_cards ? std::min(of_severity, kPrintedCardsAtMost) : 0; }

    /// What the printed finding details say they hold.
    std::string note() const {
        const std::string rest = " Every finding's card, and the inventory site by site, are in this report on "
                                 "screen; the CSV and JSON reports list every finding.";
        if (of_severity == 0) return "Printed: no finding is critical or high, so no card is printed." + rest;
        const bool critical = severity == Severity::critical;
        const std::string noun = critical ? "critical finding" : "high finding";
        const std::string each = !critical        ? ""
                                 : of_severity == 1 ? ", with its recovery runbook"
                                                    : ", each with its recovery runbook";
        std::string note = critical ? "Printed: "
                                    : "Printed: no finding is critical, so the high ones, the conditions to fix or "
                                      "sign off, print: ";
        if (!have_cards) {
            note += "there are too many of the " + analyzer::count_of(of_severity, noun) +
                    " for a card each; the CSV and JSON reports carry them.";
        } else if (of_severity == 1) {
            note += "the " + noun + " in full" + each + ".";
        } else if (of_severity <= kPrintedCardsAtMost) {
            note += "the " + analyzer::count_of(of_severity, noun) + " in full" + each + ".";
        } else {
            note += "the first " + analyzer::number_text(kPrintedCardsAtMost) + " of the " +
                    analyzer::count_of(of_severity, noun) + " in full" + each + "; the " +
                    (critical ? "cards and runbooks" : "cards") + " of the other " +
                    analyzer::number_text(of_severity - kPrintedCardsAtMost) +
                    " are in this report on screen and in the JSON report.";
        }
        return note + rest;
    }
};

/// One row per rule and severity of the folded findings: what the page shows of them when
/// there are too many to list.
HtmlList folded_rules(const std::vector<Finding>& findings, const std::function<bool(const Finding&)>& folds) {
    HtmlList rows;
    for (const RuleCount& row : count_by_rule(findings, folds)) {
        rows.push_back(HtmlObject{
            {"rule", std::string(row.rule)},
            {"severity", std::string(analyzer::to_string(row.severity))},
            {"symbol", std::string(severity_symbol(row.severity))},
            {"count", analyzer::count_of(row.count, "finding")}});
    }
    return rows;
}

std::string_view wave_name(const inventory::Inventory& inventory, const Finding& finding) {
    if (!finding.wave || !inventory.rollout || *finding.wave >= inventory.rollout->waves.size()) {
        return "";
    }
    return inventory.rollout->waves[*finding.wave].name;
}

HtmlList kb_links(const std::vector<std::string_view>& ids) {
    HtmlList links;
    for (const auto& id : ids) {
        HtmlObject link;
        link.set("id", id);
        if (auto url = kb_href(id)) link.set("url", std::move(*url));
        links.push_back(std::move(link));
    }
    return links;
}

std::string service_pack_words(const inventory::ProductLevel& level) {
    return level.service_pack == 0 ? "no service pack"
                                   : "Service Pack " + std::to_string(level.service_pack);
}

/// The finding's prerequisite of `kind`, or nullptr.
const analyzer::Prerequisite* prerequisite_of(const Finding& finding, analyzer::PrerequisiteKind kind) {
    for (const auto& prerequisite : finding.prerequisites) {
        if (prerequisite.kind == kind) return &prerequisite;
    }
    return nullptr;
}

/// The backup the runbook restores: the one the prerequisite chose, or, when none qualifies,
/// the one of the server's level its reason names (too old, or not datable), with that reason.
const inventory::Backup* runbook_backup(const analyzer::Prerequisite* prerequisite) {
    using analyzer::BackupState;
    if (!prerequisite) return nullptr;
    const BackupState state = prerequisite->backup_state;
    const bool of_its_level = state == BackupState::qualifies || state == BackupState::too_old ||
                              state == BackupState::undatable;
    return of_its_level ? prerequisite->backup : nullptr;
}

/// The recovery steps of Q195908 with this server's own names, and the backup and kits the
/// prerequisite rules chose; templates lay them out. It borrows from the inventory and `words`.
HtmlObject runbook(const analyzer::RuleContext& context, const Finding& finding,
                   const analyzer::FindingWords& words) {
    using analyzer::PrerequisiteKind;
    const inventory::Inventory& inventory = context.inventory;
    const auto& server = inventory.servers[*finding.server];
    const auto& site = inventory.sites[server.site];
    const auto& org = inventory.organization.name;
    HtmlObject book;
    book.set("server", Borrowed{server.name})
        .set("site", Borrowed{site.name})
        .set("org", Borrowed{org})
        .set("level", inventory::to_string(server.level))
        .set("service_pack_words", service_pack_words(server.level))
        .set("version", std::string(inventory::to_string(server.level.version)))
        .set("dn", context.directory_service_name(*finding.server));
    const auto location = [](const std::string& text) {
        return text.empty() ? std::string("location not recorded") : text;
    };
    const auto* install = prerequisite_of(finding, PrerequisiteKind::install_kit);
    if (const auto* kit = install ? install->kit : nullptr) {
        book.set("install_kit", HtmlObject().set("location", location(kit->location)));
    }
    const auto* authrest = prerequisite_of(finding, PrerequisiteKind::authrest_kit);
    if (const auto* kit = authrest ? authrest->kit : nullptr) {
        book.set("authrest_kit", HtmlObject()
                                     .set("location", location(kit->location))
                                     .set("level", inventory::to_string(kit->level)));
    }
    const auto* directory = prerequisite_of(finding, PrerequisiteKind::directory_backup);
    if (const auto* backup = runbook_backup(directory)) {
        HtmlObject item;
        item.set("taken", Borrowed{backup->taken.text})
            .set("type", backup->type == inventory::BackupType::offline ? "offline" : "online")
            .set("verified", backup->verified ? "verified" : "not verified")
            .set("location", Borrowed{backup->location})
            .set("has_location", !backup->location.empty());
        if (!directory->satisfied) {
            item.set("unusable", Borrowed{words.prerequisites[static_cast<std::size_t>(
                                     directory - finding.prerequisites.data())]});
        }
        book.set("backup", std::move(item));
    }
    const std::vector<analyzer::ConnectorId>& connectors =
        finding.impact && !finding.impact->connectors.empty() ? finding.impact->connectors
                                                              : finding.connectors;
    book.set("connectors_text", context.connector_names(connectors));
    book.set("has_connectors", !connectors.empty());
    analyzer::RecoverySteps steps = analyzer::recovery_steps(context, context.evaluation_of(finding));
    book.set("keep_in_site", std::move(steps.keep_in_site)).set("backsync", std::move(steps.backsync));
    if (!steps.updated_setup.empty()) {
        book.set("updated_setup", HtmlObject().set("text", std::move(steps.updated_setup)));
    }
    return book;
}

/// What the findings table shows of a finding; it borrows `title` and the inventory's names.
HtmlObject row(const inventory::Inventory& inventory, const Finding& finding,
               const std::string& title, std::size_t index) {
    const std::string number = std::to_string(index + 1);
    HtmlObject item;
    item.set("anchor", "finding-" + number)
        .set("number", number)
        .set("severity", std::string(analyzer::to_string(finding.severity())))
        .set("symbol", std::string(severity_symbol(finding.severity())))
        .set("rule", std::string(finding.rule_id()))
        .set("confidence", std::string(analyzer::to_string(finding.confidence)))
        .set("title", Borrowed{title});
    // Absent rather than empty, so templates can write {{^server}}-{{/server}}.
    if (finding.server) item.set("server", Borrowed{inventory.servers[*finding.server].name});
    if (finding.site) item.set("site", Borrowed{inventory.sites[*finding.site].name});
    if (const auto wave = wave_name(inventory, finding); !wave.empty()) item.set("wave", Borrowed{wave});
    return item;
}

/// What every card of a rule shows alike, its "Why it matters" paragraphs and its KB links, made
/// once per page instead of once per card: an exposed organization has tens of thousands of
/// critical cards.
class RuleParts {
  public:
    struct Parts {
        HtmlList explanation;
        HtmlList kb;
    };

    const Parts& of(const Finding& finding) {
        const std::string_view rule = finding.rule_id();
        auto found = parts_.find(rule);
        if (found == parts_.end()) {
            Parts parts{HtmlList(), kb_links(finding.kb())};
            for (std::string& paragraph : analyzer::rule_doc_section(rule, "Why it matters")) {
                parts.explanation.push_back(HtmlObject{{"text", std::move(paragraph)}});
            }
            found = parts_.emplace(rule, std::move(parts)).first;
        }
        return found->second;
    }

  private:
    std::map<std::string_view, Parts> parts_;  ///< By rule id (the registry's own strings).
};

/// The row plus everything the finding's card shows; it borrows from `words` and the inventory.
HtmlObject card(const analyzer::RuleContext& context, const Finding& finding,
                const analyzer::FindingWords& words, std::size_t index, RuleParts& rule_parts) {
    const inventory::Inventory& inventory = context.inventory;
    HtmlObject item = row(inventory, finding, words.title, index);
    const RuleParts::Parts& shared = rule_parts.of(finding);
    item.set("kb", shared.kb);
    item.set("evidence", borrowed_text_items(words.evidence));
    item.set("connectors", text_items(connector_names(finding.connectors, inventory)));
    if (finding.location.line > 0) {
        item.set("location", analyzer::concat({inventory.path, ":", inventory::line_column(finding.location)}));
    }
    item.set("explanation", shared.explanation);
    if (finding.impact) {
        const analyzer::Impact& impact = *finding.impact;
        item.set("impact", HtmlObject()
                               .set("sites_count", analyzer::count_of(impact.sites_cut_off_count, "site"))
                               .set("servers_count", analyzer::count_of(impact.servers_cut_off, "server"))
                               .set("mailboxes_count", analyzer::count_of(impact.mailboxes_cut_off, "mailbox"))
                               .set("sites_text", analyzer::sites_cut_off_text(impact, inventory))
                               .set("connectors_text", context.connector_names(impact.connectors))
                               .set("has_sites", !impact.sites_cut_off.empty())
                               .set("has_connectors", !impact.connectors.empty()));
        if (finding.severity() == Severity::critical) {
            if (std::string svg = local_diagram_svg(inventory, finding); !svg.empty()) {
                item.set("local_diagram", HtmlObject().set("svg", std::move(svg)));
            }
        }
    }
    HtmlList prerequisites;
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
        const analyzer::Rule& owner = analyzer::rule_of(prerequisite.kind);
        prerequisites.push_back(std::move(
            HtmlObject()
                .set("label", std::string(owner.prerequisite->label))
                .set("id", std::string(owner.id))
                .set("satisfied", prerequisite.satisfied)
                .set("status", prerequisite.satisfied ? "satisfied" : "NOT satisfied")
                .set("symbol", prerequisite.satisfied ? "\xE2\x9C\x93" : "\xE2\x9C\x97")
                .set("reason", Borrowed{words.prerequisites[i]})));
    }
    item.set("prerequisites", std::move(prerequisites));
    item.set("has_prerequisites", !finding.prerequisites.empty());
    HtmlList mitigations;
    for (std::size_t i = 0; i < finding.mitigations.size(); ++i) {
        const auto& kb = analyzer::mitigation_kb(finding.mitigations[i].kind);
        mitigations.push_back(std::move(HtmlObject()
                                            .set("text", Borrowed{words.mitigations[i]})
                                            .set("kb", kb_links(kb))
                                            .set("has_kb", !kb.empty())));
    }
    item.set("mitigations", std::move(mitigations));
    item.set("has_mitigations", !finding.mitigations.empty());
    if (finding.severity() == Severity::critical && finding.server) {
        item.set("runbook", runbook(context, finding, words));
    }
    return item;
}

}  // namespace

void add_findings_data(const ReportInput& input, HtmlObject& data) {
    const auto& findings = input.result.findings;
    const bool fold = findings.size() > kFoldCardsAbove;
    const auto folds = [fold](const Finding& finding) {
        return fold && finding.severity() < Severity::high;
    };
    const auto folded = static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), folds));
    const bool folded_get_cards = folded <= kFoldedCardsAtMost;
    const auto& of_severity = input.result.counts_by_severity;
    const std::size_t high = of_severity[static_cast<int>(Severity::high)];
    const bool high_get_cards = high <= kHighCardsAtMost;
    const std::size_t critical = of_severity[static_cast<int>(Severity::critical)];
    const PrintedCards print = critical > 0 ? PrintedCards{Severity::critical, critical, true}
                                            : PrintedCards{Severity::high, high, high_get_cards};
    data.set("print_cards_note", print.note());
    const auto has_card = [=](const Finding& finding) {
        if (folds(finding)) return folded_get_cards;
        return finding.severity() != Severity::high || high_get_cards;
    };
    const bool list_folded = folded <= kFoldedRowsAtMost;
    // One part of the page: the findings `wanted` picks, each as a row or as a card, made
    // while the page is rendered.
    enum class Shape { row, card };
    const auto rule_parts = std::make_shared<RuleParts>();
    const auto part = [&](Shape shape, auto wanted) {
        std::size_t count = 0;
        for (std::size_t i = 0; i < findings.size(); ++i) count += wanted(i) ? 1 : 0;
        return HtmlList(count, [&input, shape, wanted, has_card, print, rule_parts](const HtmlList::Visit& visit) {
            const auto& all = input.result.findings;
            const auto& states = input.context.baseline;
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (!wanted(i)) continue;
                // The item borrows the finding's words: they are kept until it is rendered.
                std::shared_ptr<const analyzer::FindingWords> words;
                std::string title;
                HtmlObject item;
                if (shape == Shape::card) {
                    words = input.result.words(all[i]);
                    item = card(input.result.context(), all[i], *words, i, *rule_parts);
                } else {
                    title = input.result.title(all[i]);
                    item = row(input.inventory, all[i], title, i);
                }
                item.set("has_card", has_card(all[i]));
                item.set("printed", print.printed(all[i], i));
                if (states) item.set("change", std::string(to_string(states->states[i])));
                visit(HtmlValue(std::move(item)));  // a copy would copy every field's text
            }
        });
    };
    const auto& baseline = input.context.baseline;
    data.set("new_findings", part(Shape::row, [&baseline](std::size_t i) {
                 return baseline && baseline->states[i] == BaselineState::added;
             }));
    data.set("finding_rows", part(Shape::row,
                                  [&findings, folds](std::size_t i) { return !folds(findings[i]); }));
    data.set("folded_finding_rows", part(Shape::row, [&findings, folds, list_folded](std::size_t i) {
                 return list_folded && folds(findings[i]);
             }));
    data.set("folded_rows_listed", list_folded);
    if (!list_folded) data.set("folded_rules", folded_rules(findings, folds));
    data.set("high_get_cards", high_get_cards);
    data.set("high_without_cards", analyzer::count_of(high, "high finding"));
    data.set("has_findings", !findings.empty());
    const auto cards = static_cast<std::size_t>(std::count_if(
        findings.begin(), findings.end(), [&](const Finding& f) { return !folds(f) && has_card(f); }));
    const bool cards_folded = cards > kOpenCardsAtMost;
    // Folded or not, the cards the page prints stay open: a browser prints no folded section.
    const auto printed = [&findings, print](std::size_t i) { return print.printed(findings[i], i); };
    data.set("open_cards", part(Shape::card, [cards_folded, printed](std::size_t i) {
                 return cards_folded && printed(i);
             }));
    data.set("cards", part(Shape::card, [&findings, folds, has_card, cards_folded, printed](std::size_t i) {
                 return !folds(findings[i]) && has_card(findings[i]) && !(cards_folded && printed(i));
             }));
    data.set("folded_cards", part(Shape::card, [&findings, folds, has_card](std::size_t i) {
                 return folds(findings[i]) && has_card(findings[i]);
             }));
    const std::size_t open = cards_folded ? print.count() : 0;
    data.set("cards_folded", cards_folded);
    data.set("has_open_cards", open > 0);
    data.set("cards_count", analyzer::count_of(cards - open, "card"));
    data.set("has_folded_cards", folded > 0 && folded_get_cards);
    data.set("has_folded", folded > 0);
    data.set("folded_count", analyzer::number_text(folded));
}

}  // namespace upgrade_risk::reports
