#include <string>
#include <vector>

#include "analyzer/bridgehead_move.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    for_each_move(context, [&](std::size_t wave, std::size_t index) {
        if (runs_target_version(context, context.inventory.rollout->waves[wave].moves[index].to, wave)) return;
        Finding finding = move_finding(context, wave, index);
        finding.mitigations.push_back(Mitigation{MitigationKind::move_to_upgraded_server});
        sink.emit(std::move(finding));
    });
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const inventory::BridgeheadMove& move = move_of(context, finding);
    const auto& waves = context.inventory.rollout->waves;
    const std::string& name = context.server_name(move.to);
    const std::string_view target = inventory::to_string(context.inventory.rollout->target.version);
    const auto reaches =
        context.simulation.wave_reaching(move.to, context.inventory.rollout->target.version);
    const std::string later = reaches ? concat({"reaches ", target, " only in ", waves[*reaches].name})
                                      : concat({"is not upgraded to ", target, " by the rollout"});
    FindingWords words;
    words.title = concat({"Moving ", move_phrase(context, finding), " hands the role to a server "
                          "that does not run ", target, " yet: ", name, " ", later, "."});
    if (wording == Wording::title) return words;
    const UpgradeEvaluation* own = context.simulation.upgrade_of(move.to);
    words.evidence = {
        concat({name, " runs ",
                inventory::to_string(own && own->wave && *own->wave < *finding.wave
                                         ? own->to
                                         : context.inventory.servers[move.to].level),
                " when ", waves[*finding.wave].name, " starts and ", later, "."}),
        concat({"As the bridgehead, ", name,
                " is now the server whose failed upgrade and backout can stop intersite "
                "replication through ",
                context.inventory.replication_connectors[move.connector].name,
                " (Q195908): its own findings show the outcome at its wave."})};
    words.mitigations.push_back(concat(
        {"Move the role to a server of site ", context.site_name_of(move.to), " that already runs ",
         target, " when ", waves[*finding.wave].name, " starts, or make the move after ", name,
         "'s upgrade."}));
    return words;
}

}  // namespace

namespace rules {
extern const Rule move_bridgehead_to_down_level_server{
    "move-bridgehead-to-down-level-server", Severity::medium, "documented",
    "A bridgehead move to a server that does not run the rollout's target version yet",
    {"Q254188", "Q195908"}, RuleFamily::rollout_step, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
