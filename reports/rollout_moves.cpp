#include "reports/rollout_moves.h"

namespace upgrade_risk::reports {

MoveNames move_names(const inventory::Inventory& inventory, const inventory::BridgeheadMove& move) {
    const auto& to = inventory.servers[move.to];
    return MoveNames{inventory.replication_connectors[move.connector].name,
                     inventory.sites[to.site].name, inventory.servers[move.from].name, to.name};
}

std::string moves_step(const inventory::Inventory& inventory, const inventory::Wave& wave,
                       std::span<const inventory::BridgeheadMove> moves,
                       std::string (*spell)(std::string_view), std::string_view article) {
    const auto name = [spell](std::string_view text) { return spell ? spell(text) : std::string(text); };
    std::string step = "Before " + name(wave.name) + "'s upgrades: move the bridgehead role";
    for (std::size_t i = 0; i < moves.size(); ++i) {
        const MoveNames names = move_names(inventory, moves[i]);
        if (i > 0) step += i + 1 == moves.size() ? " and that" : ", that";
        step += " of " + name(names.connector) + " in site " + name(names.site) + " from " +
                name(names.from) + " to " + name(names.to);
    }
    // Both ends re-replicate everything through the connector (Q254188): it must be done
    // before the upgrades and finished before they start.
    return step + ", off-hours; let replication settle (" + std::string(article) + ")";
}

}  // namespace upgrade_risk::reports
