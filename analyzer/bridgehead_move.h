#pragma once

#include <cstddef>
#include <string>

#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

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
