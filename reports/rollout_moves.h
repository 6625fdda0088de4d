#pragma once

#include <span>
#include <string>
#include <string_view>

#include "inventory/model.h"

namespace upgrade_risk::reports {

/// The names one bridgehead move is about, as the inventory spells them.
struct MoveNames {
    std::string_view connector;
    std::string_view site;
    std::string_view from;  ///< The bridgehead until the move.
    std::string_view to;
};

MoveNames move_names(const inventory::Inventory& inventory, const inventory::BridgeheadMove& move);

/// "Before Wave 2's upgrades: move the bridgehead role of C in site S from A to B (and that of
/// ...), off-hours; let replication settle (Q254188)": the step a wave's moves ask of the team,
/// each name passed through `spell` when given (a report's escaping), the article as `article`
/// writes it (a link). `moves` must not be empty.
std::string moves_step(const inventory::Inventory& inventory, const inventory::Wave& wave,
                       std::span<const inventory::BridgeheadMove> moves,
                       std::string (*spell)(std::string_view) = nullptr,
                       std::string_view article = "Q254188");

}  // namespace upgrade_risk::reports
