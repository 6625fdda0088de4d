#include <string>
#include <vector>

#include "analyzer/bridgehead_move.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    for_each_move(context, [&](std::size_t wave, std::size_t index) {
        Finding finding = move_finding(context, wave, index);
        finding.mitigations.push_back(Mitigation{MitigationKind::schedule_move_off_hours});
        sink.emit(std::move(finding));
    });
}

/// "site Paris's side: 3 sites, 40 servers, 5,000 mailboxes": what the other end learns again.
std::string side_text(const RuleContext& context, inventory::SiteId site,
                      inventory::SiteId other, ConnectorId connector) {
    const ConnectorId stopped[] = {connector};
    // What `other` would lose without the connector is what lies on `site`'s side.
    const Impact side = context.topology.cut_off_by(other, stopped);
    if (side.sites_cut_off_count == 0) {
        return concat({"site ", context.inventory.sites[site].name,
                       " stays joined to the other end another way (the replication connectors "
                       "form a cycle)"});
    }
    return concat({"site ", context.inventory.sites[site].name, "'s side holds ",
                   count_of(side.sites_cut_off_count, "site"), ", ",
                   count_of(side.servers_cut_off, "server"), " and ",
                   count_of(side.mailboxes_cut_off, "mailbox")});
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const inventory::BridgeheadMove& move = move_of(context, finding);
    const auto& connector = context.inventory.replication_connectors[move.connector];
    const auto& wave = context.inventory.rollout->waves[*finding.wave];
    FindingWords words;
    words.title = concat({"Moving ", move_phrase(context, finding),
                          " makes both ends re-replicate their whole directory through ",
                          connector.name, "."});
    if (wording == Wording::title) return words;
    const inventory::SiteId near = *finding.site;
    const inventory::SiteId far =
        connector.bridgeheads[0].site == near ? connector.bridgeheads[1].site : connector.bridgeheads[0].site;
    words.evidence = {
        concat({"Before the upgrades of ", wave.name, wave.start ? " (starts " : "",
                wave.start ? std::string_view(wave.start->text) : "", wave.start ? ")" : "",
                ", the bridgehead role of ", connector.name, " in site ",
                context.inventory.sites[near].name, " passes from ", context.server_name(move.from),
                " to ", context.server_name(move.to), "."}),
        concat({"When a connector's bridgehead changes, both ends drop what they learned through "
                "it and replicate it again, in both directions (Q254188): ",
                side_text(context, near, far, move.connector), "; ",
                side_text(context, far, near, move.connector), "."})};
    words.mitigations.push_back(concat(
        {"Make the move off-hours, before ", wave.name,
         " starts, and let directory replication settle (the address books on both sides "
         "complete again, no replication events) before its upgrades begin."}));
    return words;
}

}  // namespace

namespace rules {
extern const Rule move_bridgehead_full_replication{
    "move-bridgehead-full-replication", Severity::low, "documented",
    "A bridgehead move in the rollout: both ends re-replicate everything through the connector",
    {"Q254188"}, RuleFamily::rollout_step, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
