#include "analyzer/bridgehead_move.h"

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

Finding move_finding(const RuleContext& context, std::size_t wave, std::size_t index) {
    const inventory::BridgeheadMove& move = context.inventory.rollout->waves[wave].moves[index];
    Finding finding;
    finding.confidence = Confidence::documented;
    finding.server = static_cast<std::uint32_t>(move.to);
    finding.site = static_cast<std::uint32_t>(context.inventory.servers[move.to].site);
    finding.wave = static_cast<std::uint32_t>(wave);
    finding.move = static_cast<std::uint32_t>(index);
    finding.connectors = {move.connector};
    finding.location = move.source;
    return finding;
}

const inventory::BridgeheadMove& move_of(const RuleContext& context, const Finding& finding) {
    return context.inventory.rollout->waves[*finding.wave].moves[*finding.move];
}

std::string move_phrase(const RuleContext& context, const Finding& finding) {
    const inventory::BridgeheadMove& move = move_of(context, finding);
    return concat({"the bridgehead role of ",
                   context.inventory.replication_connectors[move.connector].name, " in site ",
                   context.site_name_of(move.to), " from ", context.server_name(move.from), " to ",
                   context.server_name(move.to), " before ",
                   context.inventory.rollout->waves[*finding.wave].name});
}

bool runs_target_version(const RuleContext& context, inventory::ServerId server, std::size_t wave) {
    const inventory::Version target = context.inventory.rollout->target.version;
    if (context.inventory.servers[server].level.version >= target) return true;
    if (target == inventory::Version::v4_0) return true;
    const auto reaches = context.simulation.wave_reaching(server, target);
    return reaches && *reaches < wave;
}

}  // namespace upgrade_risk::analyzer
