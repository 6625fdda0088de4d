#pragma once

#include <cstddef>
#include <string>

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// Calls `visit(wave, index)` for every bridgehead move of the rollout, in order.
template <typename Visit>
void for_each_move(const RuleContext& context, Visit visit) {
    if (!context.inventory.rollout) return;
    const auto& waves = context.inventory.rollout->waves;
    for (std::size_t w = 0; w < waves.size(); ++w) {
        for (std::size_t m = 0; m < waves[w].moves.size(); ++m) visit(w, m);
    }
}

/// A finding about the `index`th bridgehead move of wave `wave`: its new bridgehead, site,
/// connector and location. Shared by the move-bridgehead-* rules.
Finding move_finding(const RuleContext& context, std::size_t wave, std::size_t index);

/// The move a finding judged; the finding must have one.
const inventory::BridgeheadMove& move_of(const RuleContext& context, const Finding& finding);

/// "the bridgehead role of DRC in site S from A to B before Wave 1".
std::string move_phrase(const RuleContext& context, const Finding& finding);

/// True when `server` runs the rollout's target version (or later) when `wave` starts.
bool runs_target_version(const RuleContext& context, inventory::ServerId server, std::size_t wave);

}  // namespace upgrade_risk::analyzer
