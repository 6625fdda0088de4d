#include "analyzer/rules/backout_breaks_intersite_replication.h"

#include <string>
#include <vector>

#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"
#include "analyzer/rules/prereq_authrest_kit.h"
#include "analyzer/rules/prereq_directory_backup.h"
#include "analyzer/rules/prereq_install_kit.h"

namespace upgrade_risk::analyzer {
namespace {

/// A title names the sites cut off while they are few; past that it counts them (the finding's
/// impact still names the nearest ones).
constexpr std::size_t kSitesInTitle = 6;

std::string cut_off_phrase(const Impact& impact) {
    if (impact.sites_cut_off_count == 0) return "";
    if (impact.sites_cut_off_count <= kSitesInTitle) {
        return concat({", cutting off ", join_names(impact.sites_cut_off)});
    }
    return concat({", cutting off ", count_of(impact.sites_cut_off_count, "site"), " (",
                   count_of(impact.servers_cut_off, "server"), ", ",
                   count_of(impact.mailboxes_cut_off, "mailbox"), ")"});
}

}  // namespace

void check_backout_breaks_intersite_replication(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!breaks_intersite_replication(context, evaluation)) continue;
        const auto site = context.inventory.servers[evaluation.server].site;
        const bool in_cycle =
            context.topology.components()[context.topology.component_of(site)].has_cycle;
        Finding finding = backout_finding(context, evaluation, "backout-breaks-intersite-replication",
                                          Severity::critical, evaluation.confidence(),
                                          in_cycle ? 2 : 1);
        const auto connectors = context.topology.bridged_connectors(evaluation.server);
        Impact impact = context.topology.cut_off_by(site, connectors, context.text);
        finding.connectors = impact.connectors;  // the ones that stop: all the server bridges
        finding.title = context.text.concat(
            {"If ", upgrade_phrase(context, evaluation),
             " fails and is backed out, intersite directory replication through ",
             context.connector_names(connectors), " stops", cut_off_phrase(impact), "."});
        finding.kb.insert(finding.kb.end(), {"Q169653", "Q201414", "Q254188"});
        const std::string& name = context.server_name(evaluation.server);
        finding.evidence.push_back(context.text.concat(
            {"After the backout the server still looks like ",
             inventory::to_string(evaluation.to.version),
             " to the organization (directory backfill) while running 4.0, so its replication "
             "mail fails: MSExchangeDS events 1091 (naming /o=",
             context.inventory.organization.name, "/ou=", context.site_name_of(evaluation.server),
             "/cn=Configuration/cn=Servers/cn=", name, "/cn=Microsoft DSA:", name, ") and 3139 on ",
             name, ", and replication mail comes back undelivered."}));
        if (in_cycle) {
            finding.evidence.push_back(context.text.concat(
                {"The directory replication connectors around site ",
                 context.site_name_of(evaluation.server),
                 " form a cycle (see topology-duplicate-replication-route): the cut-off figures "
                 "are unreliable until the inventory is corrected."}));
        }
        finding.impact = std::make_shared<const Impact>(std::move(impact));
        finding.prerequisites = {evaluate_directory_backup(context, evaluation),
                                 evaluate_authrest_kit(context, evaluation),
                                 evaluate_install_kit(context, evaluation)};
        if (auto move = move_bridgehead(context, evaluation)) {
            finding.mitigations.push_back(std::move(*move));
        }
        if (auto first = upgrade_bridgehead_first(context, evaluation)) {
            finding.mitigations.push_back(std::move(*first));
        }
        sink.emit(std::move(finding));
    }
}

}  // namespace upgrade_risk::analyzer
