#include "analyzer/rule.h"

#include <string>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {

const UpgradeEvaluation& RuleContext::evaluation_of(const Finding& finding) const {
    return simulation.evaluations()[*finding.evaluation];
}

std::string_view RuleContext::wave_name(const UpgradeEvaluation& evaluation) const {
    if (!evaluation.wave || !inventory.rollout) return "";
    return inventory.rollout->waves[*evaluation.wave].name;
}

std::string RuleContext::moment(const UpgradeEvaluation& evaluation) const {
    if (!evaluation.wave) return "to 5.5";
    return concat({"in ", wave_name(evaluation)});
}

const std::string& RuleContext::server_name(inventory::ServerId server) const {
    return inventory.servers[server].name;
}

const std::string& RuleContext::site_name_of(inventory::ServerId server) const {
    return inventory.sites[inventory.servers[server].site].name;
}

std::string RuleContext::directory_service_name(inventory::ServerId server) const {
    return concat({"/o=", inventory.organization.name, "/ou=", site_name_of(server),
                   "/cn=Configuration/cn=Servers/cn=", server_name(server), "/cn=Microsoft DSA"});
}

std::string RuleContext::server_names(std::span<const inventory::ServerId> servers) const {
    return join_names_of(servers, [&](inventory::ServerId id) -> const std::string& {
        return server_name(id);
    });
}

std::string RuleContext::connector_names(std::span<const ConnectorId> connectors) const {
    return join_names_of(connectors, [&](ConnectorId id) -> const std::string& {
        return inventory.replication_connectors[id].name;
    });
}

}  // namespace upgrade_risk::analyzer
