#include "analyzer/mitigations.h"

#include <string>

#include "analyzer/exposure.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

/// How many candidate servers a mitigation names.
constexpr std::size_t kNamedCandidates = 3;

/// A 5.5 server in the site lets users be created again; but beside a bridgehead that is
/// still to be upgraded it turns that upgrade's failure into stopped intersite replication
/// (the critical row of Q195908), so the advice depends on the server's role.
Mitigation add_55_server(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    const std::string& site = context.site_name_of(evaluation.server);
    if (!context.topology.bridged_connectors(evaluation.server).empty()) {
        return Mitigation{
            "add-5.5-server",
            context.text.concat({"Or, once it is backed out, install a new 5.5 server in site ",
                                 site, ". Not before its upgrade: ", name,
                                 " is a directory replication bridgehead, and with a 5.5 server "
                                 "beside it a failed upgrade would stop intersite replication "
                                 "instead (critical)."}),
            {"Q195908"}};
    }
    return Mitigation{
        "add-5.5-server",
        context.text.concat({"Or install a new 5.5 server in site ", site,
                             " (or upgrade another of its servers to 5.5 before ", name,
                             ", the site's directory replication bridgeheads first: a bridgehead "
                             "upgraded after its site has a 5.5 server risks stopping intersite "
                             "replication)."}),
        {"Q195908"}};
}

}  // namespace

std::optional<Mitigation> move_bridgehead(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation) {
    const auto connectors = context.topology.bridged_connectors(evaluation.server);
    if (connectors.empty()) return std::nullopt;
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
    return Mitigation{
        "move-bridgehead",
        context.text.concat(
            {"Before ", upgrade_phrase(context, evaluation), ", move the bridgehead role of ",
             context.connector_names(connectors), " from ", name, " to ", target,
             ". The move makes the sites at both ends re-replicate everything through ",
             connectors.size() == 1 ? "the connector" : "each connector",
             " in both directions, so do it off-hours (Q254188). Afterwards ", name,
             " is no longer a bridgehead and only the low finding remains."}),
        {"Q254188"}};
}

std::optional<Mitigation> upgrade_bridgehead_first(const RuleContext& context,
                                                   const UpgradeEvaluation& evaluation) {
    const auto site = context.inventory.servers[evaluation.server].site;
    if (!evaluation.wave || context.simulation.on_5_5_today(site) > 0) return std::nullopt;
    const auto peers = context.simulation.servers_on_5_5(site, evaluation.wave, evaluation.server,
                                                         true, kNamedCandidates);
    return Mitigation{
        "upgrade-bridgehead-first",
        context.text.concat(
            {"Upgrade ", context.server_name(evaluation.server), " in a wave before ",
             context.server_names(peers), " reach", peers.size() == 1 ? "es" : "",
             " 5.5, while no server of site ", context.site_name_of(evaluation.server),
             " runs 5.5: a failed upgrade then blocks user creation in the site (high) "
             "instead of stopping intersite replication (critical)."}),
        {"Q195908"}};
}

std::vector<Mitigation> restore_user_creation(const RuleContext& context,
                                              const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    return {
        Mitigation{"upgrade-again",
                   context.text.concat(
                       {"If the upgrade of ", name,
                        " fails and is backed out, fix the cause and upgrade it to ",
                        inventory::to_string(evaluation.to.version), " again right away."}),
                   {"Q195908"}},
        add_55_server(context, evaluation),
        Mitigation{"proxy-generator-versions",
                   "Or set the raw version values of the site's proxy address generators so "
                   "that the 4.0 generators are accepted (Q158336).",
                   {"Q158336"}},
    };
}

Mitigation upgrade_again(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string_view target = inventory::to_string(evaluation.to.version);
    return Mitigation{
        "upgrade-again",
        context.text.concat({"If the upgrade of ", context.server_name(evaluation.server),
                             " is backed out, upgrade it to ", target,
                             " again as soon as the cause is fixed; until then the "
                             "Administrator program shows it as ",
                             target, "."}),
        {"Q195908"}};
}

}  // namespace upgrade_risk::analyzer
