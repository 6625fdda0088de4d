#include "analyzer/exposure.h"

#include <vector>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

/// How many 5.5 servers a finding names before saying "and N more".
constexpr std::size_t kNamedPeers = 3;

std::string version_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    const std::string& site = context.site_name_of(evaluation.server);
    const std::string from = inventory::to_string(evaluation.from);
    if (!evaluation.wave) {
        return concat({name, " (site ", site, ") runs ", from,
                                    " and is evaluated as the next server to go to 5.5."});
    }
    const auto& start = context.inventory.rollout->waves[*evaluation.wave].start;
    return concat({name, " (site ", site, ") runs ", from, " and is upgraded to ",
                                inventory::to_string(evaluation.to), " in ",
                                context.wave_name(evaluation), start ? " (starts " : "",
                                start ? std::string_view(start->text) : "", start ? ")." : "."});
}

std::string bridgehead_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const auto connectors = context.simulation.bridged_by(evaluation);
    const std::string& name = context.server_name(evaluation.server);
    if (connectors.empty()) {
        return concat({name, " is not a directory replication bridgehead."});
    }
    return concat({name, " is the bridgehead of directory replication connector",
                                connectors.size() == 1 ? " " : "s ",
                                context.connector_names(connectors), "."});
}

/// Appends "A (5.5 today), B (upgraded in Wave 2) and 3 more" to `text`: the first `count` 5.5
/// peers with their moment, same-wave ones included when `same_wave`. Written in place: the
/// words of a large run name peers for every finding of a backout rule.
void append_named_peers(std::string& text, const RuleContext& context,
                        const UpgradeEvaluation& evaluation, bool same_wave, std::uint32_t count) {
    const auto& site_id = context.inventory.servers[evaluation.server].site;
    const std::vector<inventory::ServerId> named = context.simulation.servers_on_5_5(
        site_id, evaluation.wave, evaluation.server, same_wave, kNamedPeers);
    const bool more = count > named.size();
    const std::size_t items = named.size() + (more ? 1 : 0);
    for (std::size_t i = 0; i < named.size(); ++i) {
        text += list_separator(i, items);
        text += context.server_name(named[i]);
        const auto wave = context.simulation.wave_reaching(named[i], inventory::Version::v5_5);
        if (!wave) {
            text += " (5.5 today)";
        } else if (wave == evaluation.wave) {
            text += " (same wave, counted as finished first)";
        } else {
            text += " (upgraded in ";
            text += context.inventory.rollout->waves[*wave].name;
            text += ')';
        }
    }
    if (more) {
        text += list_separator(named.size(), items);
        text += number_text(count - named.size());
        text += " more";
    }
}

/// A bridgehead counts the same-wave 5.5 servers as finished first (its worst case: replication
/// stops); any other server does not (its worst case: it is the site's first on 5.5).
std::string peers_fact(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& site = context.site_name_of(evaluation.server);
    const bool bridgehead = !context.simulation.bridged_by(evaluation).empty();
    const std::uint32_t count = bridgehead ? evaluation.peers_on_5_5 : evaluation.peers_before_wave;
    // "when Wave 2 runs", or "today" without a wave (whose name is then "").
    const std::string_view when_before = evaluation.wave ? "when " : "today";
    const std::string_view when_after = evaluation.wave ? " runs" : "";
    std::string fact;
    if (count == 0) {
        fact = concat({"No other server of site ", site, " runs 5.5 ", when_before,
                       context.wave_name(evaluation), when_after, " (5.0 servers do not count)."});
    } else {
        fact = concat({"Site ", site, " has ", count_of(count, "other server"), " on 5.5 ",
                       when_before, context.wave_name(evaluation), when_after, ": "});
        fact.reserve(fact.size() + 160);  // three names and their moments, most often
        append_named_peers(fact, context, evaluation, bridgehead, count);
        fact += '.';
    }
    const std::uint32_t same_wave = evaluation.peers_on_5_5 - evaluation.peers_before_wave;
    if (!bridgehead && same_wave > 0) {
        fact += concat({" ", count_of(same_wave, "other server"), " of the site go",
                        same_wave == 1 ? "es" : "", " to 5.5 in the same wave but may finish "
                        "after this one, so ", same_wave == 1 ? "it does" : "they do",
                        " not count."});
    }
    return fact;
}

}  // namespace

bool breaks_intersite_replication(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return evaluation.exposed() && evaluation.peers_on_5_5 > 0 &&
           !context.simulation.bridged_by(evaluation).empty();
}

Finding backout_finding(const RuleContext& context, const UpgradeEvaluation& evaluation,
                        Confidence confidence) {
    Finding finding;
    finding.confidence = confidence;
    finding.server = evaluation.server;
    finding.site = context.inventory.servers[evaluation.server].site;
    finding.wave = evaluation.wave;
    finding.evaluation =
        static_cast<std::uint32_t>(&evaluation - context.simulation.evaluations().data());
    finding.location = context.inventory.servers[evaluation.server].source;
    return finding;
}

std::vector<std::string> backout_evidence(const RuleContext& context,
                                          const UpgradeEvaluation& evaluation, std::size_t more) {
    const bool to_5_0 = evaluation.to.version == inventory::Version::v5_0;
    std::vector<std::string> evidence;
    evidence.reserve(3 + (to_5_0 ? 1 : 0) + more);
    evidence.push_back(version_fact(context, evaluation));
    evidence.push_back(bridgehead_fact(context, evaluation));
    evidence.push_back(peers_fact(context, evaluation));
    if (to_5_0) {
        evidence.emplace_back(
            "The target is 5.0: Q195908 describes 4.0 to 5.5, but 5.0 makes the same change "
            "(the directory hands replication mail to the store), so this is inferred.");
    }
    return evidence;
}

std::string upgrade_phrase(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    if (!evaluation.wave) return concat({name, "'s upgrade to 5.5"});
    return concat({name, "'s upgrade in ", context.wave_name(evaluation)});
}

}  // namespace upgrade_risk::analyzer
