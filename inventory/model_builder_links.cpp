// The parts of the model that refer to sites and servers by name: connectors and the rollout.
#include "inventory/model_builder.h"

#include "inventory/model_checks.h"
#include "inventory/nearest_name.h"

namespace upgrade_risk::inventory {
namespace {

const std::vector<std::string> kConnectorTypes = {"site", "x400", "dynamic-ras", "internet-mail"};

/// Where a server is first planned: its wave (an index into Rollout::waves) and its <upgrade>.
/// Not planned yet while `source` is 0:0. One of these per server is a fraction of a map's memory.
struct FirstPlan {
    std::size_t wave = 0;
    SourceLocation source;
};

}  // namespace

std::optional<SiteId> ModelBuilder::resolve_site(pugi::xml_node node) {
    const auto name = AttributeReader::view(node, "site");
    if (!name) return std::nullopt;
    if (const auto site = sites_.find(*name)) return site->id;
    values_.error(node, "site", "unknown site '" + std::string(*name) + "'" + suggestion(*name, sites_));
    return std::nullopt;
}

std::optional<ServerId> ModelBuilder::resolve_server(pugi::xml_node node) {
    const auto name = AttributeReader::view(node, "server");
    if (!name) return std::nullopt;
    if (const auto server = servers_.find(*name)) return server->id;
    values_.error(node, "server",
                  "unknown server '" + std::string(*name) + "'" + suggestion(*name, servers_));
    return std::nullopt;
}

std::string ModelBuilder::suggestion(std::string_view unknown, const NameIndex& names) {
    if (suggestions_left_ == 0) return {};
    --suggestions_left_;
    return did_you_mean(unknown, names.spellings());
}

void ModelBuilder::add_messaging_connector(pugi::xml_node node, Inventory& inventory) {
    MessagingConnector connector;
    connector.name = values_.name(node, "name").value_or("");
    const auto type = values_.choice(node, "type", kConnectorTypes, "messaging connector type");
    connector.type = static_cast<MessagingConnectorType>(type.value_or(0));
    connector.source = document_.location_of(node);
    std::size_t resolved = 0;
    std::size_t index = 0;
    for (const pugi::xml_node endpoint_node : node.children("endpoint")) {
        if (index == connector.endpoints.size()) return;
        Endpoint& endpoint = connector.endpoints[index++];
        endpoint.source = document_.location_of(endpoint_node);
        const auto site = resolve_site(endpoint_node);
        const bool has_server = static_cast<bool>(endpoint_node.attribute("server"));
        const auto server = resolve_server(endpoint_node);
        if (!has_server && type && connector.type != MessagingConnectorType::site) {
            sink_.error(endpoint.source, "this endpoint of " + kConnectorTypes[*type] +
                                             " connector '" + connector.name +
                                             "' names no server; only site connectors may leave "
                                             "out the 'server' attribute");
        }
        if (!site || (has_server && !server)) continue;
        endpoint.site = *site;
        endpoint.server = server;
        ++resolved;
    }
    if (resolved == connector.endpoints.size()) {
        inventory.messaging_connectors.push_back(std::move(connector));
        return;
    }
    // Left out of the model, but its good end is still checked: every error in one run.
    for (std::size_t end = 0; end < index; ++end) {
        const Endpoint& endpoint = connector.endpoints[end];
        if (endpoint.server) check_server_in_site(inventory, endpoint.site, *endpoint.server, endpoint.source, sink_);
    }
}

void ModelBuilder::add_replication_connector(pugi::xml_node node, Inventory& inventory) {
    DirectoryReplicationConnector connector;
    connector.name = values_.name(node, "name").value_or("");
    connector.source = document_.location_of(node);
    std::size_t resolved = 0;
    std::size_t index = 0;
    for (const pugi::xml_node bridgehead : node.children("bridgehead")) {
        if (index++ == connector.bridgeheads.size()) return;
        const auto site = resolve_site(bridgehead);
        const auto server = resolve_server(bridgehead);
        if (!site || !server) continue;
        connector.bridgeheads[resolved++] =
            Bridgehead{*site, *server, document_.location_of(bridgehead)};
    }
    if (resolved == connector.bridgeheads.size()) {
        inventory.replication_connectors.push_back(std::move(connector));
        return;
    }
    // Left out of the model, but its good end is still checked: every error in one run.
    for (std::size_t end = 0; end < resolved; ++end) {
        const Bridgehead& bridgehead = connector.bridgeheads[end];
        check_server_in_site(inventory, bridgehead.site, bridgehead.server, bridgehead.source, sink_);
    }
}

void ModelBuilder::read_rollout(pugi::xml_node node, Inventory& inventory) {
    Rollout rollout;
    const auto target = values_.level(node, "target-version", "target-service-pack");
    rollout.target = target.value_or(ProductLevel{Version::v5_5, 0});
    rollout.source = document_.location_of(node);
    std::vector<FirstPlan> planned(inventory.servers.size());
    for (const pugi::xml_node wave_node : node.children("wave")) {
        const std::size_t wave_index = rollout.waves.size();
        Wave& wave = rollout.waves.emplace_back();
        wave.name = values_.name(wave_node, "name").value_or("");
        wave.start = values_.timestamp(wave_node, "start");
        wave.source = document_.location_of(wave_node);
        for (const pugi::xml_node upgrade : wave_node.children("upgrade")) {
            const auto server = resolve_server(upgrade);
            // Without a readable rollout target, an upgrade that relies on it is left out
            // rather than judged against a guess.
            const auto to = values_.level(upgrade, "to-version", "to-service-pack", target);
            if (!server) continue;
            const SourceLocation source = document_.location_of(upgrade);
            // Checked here, before an unreadable level leaves the upgrade out of the model, so
            // a server planned twice is reported in the same run as its version error.
            FirstPlan& first = planned[*server];
            if (first.source.line != 0) {
                sink_.error(source, "server '" + inventory.servers[*server].name +
                                        "' is already planned in wave '" +
                                        rollout.waves[first.wave].name + "' at " +
                                        line_column(first.source) + "; plan each server once");
                continue;
            }
            first = FirstPlan{wave_index, source};
            if (to) wave.upgrades.push_back(Upgrade{*server, *to, source});
        }
    }
    inventory.rollout = std::move(rollout);
}

}  // namespace upgrade_risk::inventory
