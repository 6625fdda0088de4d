#include <string>
#include <vector>

#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"
#include "analyzer/prerequisite.h"

namespace upgrade_risk::analyzer {
namespace {

/// A title names the sites cut off while they are few; past that it counts them (the finding's
/// impact still names the nearest ones).
constexpr std::size_t kSitesInTitle = 6;

std::string cut_off_phrase(const Impact& impact, const inventory::Inventory& inventory) {
    if (impact.sites_cut_off_count == 0) return "";
    if (impact.sites_cut_off_count <= kSitesInTitle) {
        return concat({", cutting off ", join_names_of(impact.sites_cut_off, [&](auto site) -> const std::string& {
                           return inventory.sites[site].name;
                       })});
    }
    return concat({", cutting off ", count_of(impact.sites_cut_off_count, "site"), " (",
                   count_of(impact.servers_cut_off, "server"), ", ",
                   count_of(impact.mailboxes_cut_off, "mailbox"), ")"});
}

bool in_cycle(const RuleContext& context, inventory::SiteId site) {
    return context.topology.components()[context.topology.component_of(site)].has_cycle;
}

void check(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!breaks_intersite_replication(context, evaluation)) continue;
        const auto site = context.inventory.servers[evaluation.server].site;
        Finding finding = backout_finding(context, evaluation, evaluation.confidence());
        const auto connectors = context.simulation.bridged_by(evaluation);
        auto impact = std::make_shared<const Impact>(context.topology.cut_off_by(site, connectors));
        finding.connectors = impact->connectors;  // the ones that stop: all the server bridges
        finding.impact = std::move(impact);
        finding.prerequisites = evaluate_prerequisites(context, evaluation);
        if (can_move_bridgehead(context, evaluation)) {
            finding.mitigations.push_back(Mitigation{MitigationKind::move_bridgehead});
        }
        if (can_upgrade_bridgehead_first(context, evaluation)) {
            finding.mitigations.push_back(Mitigation{MitigationKind::upgrade_bridgehead_first});
        }
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const UpgradeEvaluation& evaluation = context.evaluation_of(finding);
    const bool cycle = in_cycle(context, *finding.site);
    FindingWords words;
    words.title = concat({"If ", upgrade_phrase(context, evaluation),
                          " fails and is backed out, intersite directory replication through ",
                          context.connector_names(finding.connectors), " stops",
                          cut_off_phrase(*finding.impact, context.inventory), "."});
    if (wording == Wording::title) return words;
    words.evidence = backout_evidence(context, evaluation, cycle ? 2 : 1);
    const std::string& name = context.server_name(evaluation.server);
    words.evidence.push_back(
        concat({"After the backout the server still looks like ",
                inventory::to_string(evaluation.to.version),
                " to the organization (directory backfill) while running 4.0, so its replication "
                "mail fails: MSExchangeDS events 1091 (naming ",
                context.directory_service_name(evaluation.server), ":", name, ") and 3139 on ",
                name, ", and replication mail comes back undelivered."}));
    if (cycle) {
        words.evidence.push_back(concat(
            {"The directory replication connectors around site ",
             context.site_name_of(evaluation.server),
             " form a cycle (see topology-duplicate-replication-route): the cut-off figures "
             "are unreliable until the inventory is corrected."}));
    }
    for (const Prerequisite& prerequisite : finding.prerequisites) {
        words.prerequisites.push_back(prerequisite_reason(prerequisite, context, evaluation));
    }
    for (const Mitigation& mitigation : finding.mitigations) {
        words.mitigations.push_back(mitigation.kind == MitigationKind::move_bridgehead
                                        ? move_bridgehead_text(context, evaluation)
                                        : upgrade_bridgehead_first_text(context, evaluation));
    }
    return words;
}

}  // namespace

namespace rules {
extern const Rule backout_breaks_intersite_replication{
    "backout-breaks-intersite-replication", Severity::critical,
    "documented for 4.0 -> 5.5; inferred for 4.0 -> 5.0",
    "A bridgehead whose failed upgrade and backout would stop intersite replication",
    {"Q195908", "Q169653", "Q201414", "Q254188", "Q196406", "Q160850", "Q164564"}, RuleFamily::backout, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
