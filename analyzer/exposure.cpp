#include "analyzer/exposure.h"

#include <vector>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

/// How many 5.5 servers a finding names before saying "and N more".
constexpr std::size_t kNamedPeers = 3;

std::string version_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    std::string fact = context.server_name(evaluation.server) + " (site " +
                       context.site_name_of(evaluation.server) + ") runs " +
                       inventory::to_string(evaluation.from);
    if (!evaluation.wave) return fact + " and is evaluated as the next server to go to 5.5.";
    fact += " and is upgraded to " + inventory::to_string(evaluation.to) + " in " +
            std::string(context.wave_name(evaluation));
    const auto& start = context.inventory.rollout->waves[*evaluation.wave].start;
    if (start) fact += " (starts " + start->text + ")";
    return fact + ".";
}

std::string bridgehead_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const auto connectors = context.topology.bridged_connectors(evaluation.server);
    const std::string& name = context.server_name(evaluation.server);
    if (connectors.empty()) return name + " is not a directory replication bridgehead.";
    std::vector<std::string> names;
    for (const ConnectorId id : connectors) {
        names.push_back(context.inventory.replication_connectors[id].name);
    }
    return name + " is the bridgehead of directory replication connector" +
           (names.size() == 1 ? " " : "s ") + join_names(names) + ".";
}

std::string peers_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& site = context.site_name_of(evaluation.server);
    const std::string when = evaluation.wave ? "when " + std::string(context.wave_name(evaluation)) + " runs"
                                             : "today";
    if (evaluation.peers_on_5_5 == 0) {
        return "No other server of site " + site + " runs 5.5 " + when +
               " (5.0 servers do not count).";
    }
    const auto& site_id = context.inventory.servers[evaluation.server].site;
    std::vector<std::string> named;
    for (const auto peer : context.simulation.servers_on_5_5(site_id, evaluation.wave,
                                                             evaluation.server, true, kNamedPeers)) {
        const auto wave = context.simulation.wave_reaching(peer, inventory::Version::v5_5);
        std::string text = context.server_name(peer);
        if (!wave) text += " (5.5 today)";
        else if (wave == evaluation.wave) text += " (same wave, counted as finished first)";
        else text += " (upgraded in " + context.inventory.rollout->waves[*wave].name + ")";
        named.push_back(std::move(text));
    }
    if (evaluation.peers_on_5_5 > named.size()) {
        named.push_back(std::to_string(evaluation.peers_on_5_5 - named.size()) + " more");
    }
    return "Site " + site + " has " + count_of(evaluation.peers_on_5_5, "other server") +
           " on 5.5 " + when + ": " + join_names(named) + ".";
}

}  // namespace

bool breaks_intersite_replication(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return evaluation.exposed() && evaluation.peers_on_5_5 > 0 &&
           !context.topology.bridged_connectors(evaluation.server).empty();
}

Finding backout_finding(const RuleContext& context, const UpgradeEvaluation& evaluation,
                        std::string_view rule, Severity severity, Confidence confidence) {
    Finding finding;
    finding.rule = rule;
    finding.severity = severity;
    finding.confidence = confidence;
    finding.server = evaluation.server;
    finding.site = context.inventory.servers[evaluation.server].site;
    finding.wave = evaluation.wave;
    finding.location = context.inventory.servers[evaluation.server].source;
    finding.kb.push_back("Q195908");
    finding.evidence.push_back(version_fact(context, evaluation));
    finding.evidence.push_back(bridgehead_fact(context, evaluation));
    finding.evidence.push_back(peers_fact(context, evaluation));
    if (evaluation.to.version == inventory::Version::v5_0) {
        finding.evidence.push_back(
            "The target is 5.0: Q195908 describes 4.0 to 5.5, but 5.0 makes the same change "
            "(the directory hands replication mail to the store), so this is inferred.");
    }
    return finding;
}

std::string upgrade_phrase(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    if (!evaluation.wave) return name + "'s upgrade to 5.5";
    return name + "'s upgrade in " + std::string(context.wave_name(evaluation));
}

}  // namespace upgrade_risk::analyzer
