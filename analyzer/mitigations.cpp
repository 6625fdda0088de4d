#include "analyzer/mitigations.h"

#include <string>

#include "analyzer/exposure.h"
#include "analyzer/names.h"
#include "analyzer/topology.h"

namespace upgrade_risk::analyzer {
namespace {

/// How many candidate servers a mitigation names.
constexpr std::size_t kNamedCandidates = 3;

/// A 5.5 server in the site lets users be created again; but beside a bridgehead that is
/// still to be upgraded it turns that upgrade's failure into stopped intersite replication
/// (the critical row of Q195908), so the advice depends on the server's role.
std::string add_55_server(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    const std::string& site = context.site_name_of(evaluation.server);
    if (!context.simulation.bridged_by(evaluation).empty()) {
        return concat({"Or, once it is backed out, install a new 5.5 server in site ", site,
                       ". Not before its upgrade: ", name,
                       " is a directory replication bridgehead, and with a 5.5 server beside it "
                       "a failed upgrade would stop intersite replication instead (critical)."});
    }
    return concat({"Or install a new 5.5 server in site ", site,
                   " (or upgrade another of its servers to 5.5 before ", name,
                   ", the site's directory replication bridgeheads first: a bridgehead upgraded "
                   "after its site has a 5.5 server risks stopping intersite replication)."});
}

}  // namespace

bool can_move_bridgehead(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return !context.simulation.bridged_by(evaluation).empty();
}

std::string move_bridgehead_text(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const auto connectors = context.simulation.bridged_by(evaluation);
    const auto site = context.inventory.servers[evaluation.server].site;
    const std::string& name = context.server_name(evaluation.server);
    const auto before = context.simulation.servers_on_5_5(site, evaluation.wave, evaluation.server,
                                                          false, kNamedCandidates);
    std::string target;
    if (!before.empty()) {
        target = concat({before.size() == 1 ? "" : "one of ", context.server_names(before),
                         before.size() == 1 ? ", which runs 5.5 by then"
                                            : ", which run 5.5 by then"});
    } else {
        const auto same_wave = context.simulation.servers_on_5_5(
            site, evaluation.wave, evaluation.server, true, kNamedCandidates);
        const std::string earlier =
            same_wave.empty() ? ""
                              : concat({"; upgrade ", context.server_names(same_wave),
                                        " in an earlier wave first"});
        target = concat({"a server of site ", context.site_name_of(evaluation.server),
                         " that already runs 5.5 (none does before this wave", earlier, ")"});
    }
    return concat({"Before ", upgrade_phrase(context, evaluation), ", move the bridgehead role of ",
                   context.connector_names(connectors), " from ", name, " to ", target,
                   ". The move makes the sites at both ends re-replicate everything through ",
                   connectors.size() == 1 ? "the connector" : "each connector",
                   " in both directions, so do it off-hours (Q254188). Afterwards ", name,
                   " is no longer a bridgehead and only the low finding remains."});
}

bool can_upgrade_bridgehead_first(const RuleContext& context,
                                  const UpgradeEvaluation& evaluation) {
    const auto site = context.inventory.servers[evaluation.server].site;
    return evaluation.wave && context.simulation.on_5_5_today(site) == 0;
}

std::string upgrade_bridgehead_first_text(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation) {
    const auto site = context.inventory.servers[evaluation.server].site;
    const auto peers = context.simulation.servers_on_5_5(site, evaluation.wave, evaluation.server,
                                                         true, kNamedCandidates);
    return concat({"Upgrade ", context.server_name(evaluation.server), " in a wave before ",
                   context.server_names(peers), " reach", peers.size() == 1 ? "es" : "",
                   " 5.5, while no server of site ", context.site_name_of(evaluation.server),
                   " runs 5.5: a failed upgrade then blocks user creation in the site (high) "
                   "instead of stopping intersite replication (critical)."});
}

std::vector<Mitigation> restore_user_creation() {
    return {Mitigation{MitigationKind::upgrade_again}, Mitigation{MitigationKind::add_5_5_server},
            Mitigation{MitigationKind::proxy_generator_versions}};
}

std::string restore_user_creation_text(const RuleContext& context,
                                       const UpgradeEvaluation& evaluation, MitigationKind kind) {
    if (kind == MitigationKind::add_5_5_server) return add_55_server(context, evaluation);
    if (kind == MitigationKind::proxy_generator_versions) {
        return "Or set the raw version values of the site's proxy address generators so that "
               "the 4.0 generators are accepted (Q158336).";
    }
    return concat({"If the upgrade of ", context.server_name(evaluation.server),
                   " fails and is backed out, fix the cause and upgrade it to ",
                   inventory::to_string(evaluation.to.version), " again right away."});
}

std::string upgrade_again_text(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string_view target = inventory::to_string(evaluation.to.version);
    return concat({"If the upgrade of ", context.server_name(evaluation.server),
                   " is backed out, upgrade it to ", target,
                   " again as soon as the cause is fixed; until then the Administrator program "
                   "shows it as ",
                   target, "."});
}

std::string_view mitigation_id(MitigationKind kind) {
    switch (kind) {
        case MitigationKind::move_bridgehead: return "move-bridgehead";
        case MitigationKind::upgrade_bridgehead_first: return "upgrade-bridgehead-first";
        case MitigationKind::upgrade_again: return "upgrade-again";
        case MitigationKind::add_5_5_server: return "add-5.5-server";
        case MitigationKind::proxy_generator_versions: return "proxy-generator-versions";
        case MitigationKind::recreate_connector: return "recreate-connector";
        case MitigationKind::provide_directory_backup: return "provide-directory-backup";
        case MitigationKind::provide_authrest_kit: return "provide-authrest-kit";
        case MitigationKind::provide_install_kit: return "provide-install-kit";
        case MitigationKind::join_island: return "join-island";
        case MitigationKind::fix_replication_route: return "fix-replication-route";
        case MitigationKind::add_messaging_connector: return "add-messaging-connector";
        case MitigationKind::reorder_waves: return "reorder-waves";
        case MitigationKind::schedule_move_off_hours: return "schedule-move-off-hours";
        case MitigationKind::move_to_upgraded_server: return "move-to-upgraded-server";
        case MitigationKind::upgrade_site_together: return "upgrade-site-together";
        case MitigationKind::fixed_service_pack: return "fixed-service-pack";
    }
    return "";
}

const std::vector<std::string_view>& mitigation_kb(MitigationKind kind) {
    static const std::vector<std::string_view> q195908{"Q195908"}, q254188{"Q254188"},
        q158336{"Q158336"}, recreate{"Q155789", "Q254188"}, q183266{"Q183266"},
        q201414{"Q201414"}, q169653{"Q169653"}, q247032{"Q247032"}, q156063{"Q156063"}, q185024{"Q185024"};
    switch (kind) {
        case MitigationKind::move_bridgehead:
        case MitigationKind::schedule_move_off_hours: return q254188;
        case MitigationKind::move_to_upgraded_server: return q195908;
        case MitigationKind::proxy_generator_versions: return q158336;
        case MitigationKind::recreate_connector: return recreate;
        case MitigationKind::provide_directory_backup: return q183266;
        case MitigationKind::provide_authrest_kit: return q201414;
        case MitigationKind::join_island: return q169653;
        case MitigationKind::fix_replication_route:
        case MitigationKind::add_messaging_connector: return q247032;
        case MitigationKind::reorder_waves: return q156063;
        case MitigationKind::upgrade_site_together:
        case MitigationKind::fixed_service_pack: return q185024;
        case MitigationKind::upgrade_bridgehead_first:
        case MitigationKind::upgrade_again:
        case MitigationKind::add_5_5_server:
        case MitigationKind::provide_install_kit: return q195908;
    }
    return q195908;
}

}  // namespace upgrade_risk::analyzer
