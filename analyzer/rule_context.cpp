#include "analyzer/rule_context.h"

#include <string>

namespace upgrade_risk::analyzer {

std::string_view RuleContext::wave_name(const UpgradeEvaluation& evaluation) const {
    if (!evaluation.wave || !inventory.rollout) return "";
    return inventory.rollout->waves[*evaluation.wave].name;
}

std::string RuleContext::moment(const UpgradeEvaluation& evaluation) const {
    if (!evaluation.wave) return "to 5.5";
    return "in " + std::string(wave_name(evaluation));
}

const std::string& RuleContext::server_name(inventory::ServerId server) const {
    return inventory.servers[server].name;
}

const std::string& RuleContext::site_name_of(inventory::ServerId server) const {
    return inventory.sites[inventory.servers[server].site].name;
}

}  // namespace upgrade_risk::analyzer
