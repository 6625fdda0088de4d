// The parts of the model that refer to sites and servers by name: connectors and the rollout.
#include "inventory/model_builder.h"

#include <algorithm>

#include "inventory/model_checks.h"
#include "inventory/nearest_name.h"

namespace upgrade_risk::inventory {
namespace {

const std::vector<std::string> kConnectorTypes = {"site", "x400", "dynamic-ras", "internet-mail"};
/// ReplicationSchedule's values after `unknown`, in its order.
const std::vector<std::string> kSchedules = {"always", "selected-times", "never"};

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

std::optional<ServerId> ModelBuilder::resolve_server(pugi::xml_node node, const char* attribute) {
    const auto name = AttributeReader::view(node, attribute);
    if (!name) return std::nullopt;
    if (const auto server = servers_.find(*name)) return server->id;
    values_.error(node, attribute,
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
    if (node.attribute("schedule")) {
        const auto schedule = values_.choice(node, "schedule", kSchedules, "replication schedule");
        if (schedule) connector.schedule = static_cast<ReplicationSchedule>(*schedule + 1);
    }
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
    dropped_connectors_.push_back(connector.name);
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
    std::vector<std::array<ServerId, 2>> holders;  // filled at the first move
    for (const pugi::xml_node wave_node : node.children("wave")) {
        const std::size_t wave_index = rollout.waves.size();
        Wave& wave = rollout.waves.emplace_back();
        wave.name = values_.name(wave_node, "name").value_or("");
        wave.start = values_.timestamp(wave_node, "start");
        wave.source = document_.location_of(wave_node);
        for (const pugi::xml_node move : wave_node.children("move-bridgehead")) {
            if (auto read = read_move(move, inventory, holders)) wave.moves.push_back(*read);
        }
        for (const pugi::xml_node upgrade : wave_node.children("upgrade")) {
            const auto server = resolve_server(upgrade);
            // Without a readable rollout target, an upgrade that relies on it is left out
            // rather than judged against a guess.
            const auto to =
                values_.level(upgrade, "to-version", "to-service-pack", target, "the rollout's target");
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

std::vector<ReplicationConnectorId> ModelBuilder::connectors_named(pugi::xml_node node,
                                                                   const Inventory& inventory) {
    std::vector<ReplicationConnectorId> found;
    const auto name = AttributeReader::view(node, "connector");
    if (!name) return found;
    if (connectors_.empty()) {  // built at the first move: most inventories have none
        for (ReplicationConnectorId id = 0; id < inventory.replication_connectors.size(); ++id) {
            connectors_.emplace(fold_name(inventory.replication_connectors[id].name), id);
        }
    }
    const std::string folded = fold_name(*name);
    const auto [first, last] = connectors_.equal_range(folded);
    for (auto it = first; it != last; ++it) found.push_back(it->second);
    const auto dropped = std::find_if(dropped_connectors_.begin(), dropped_connectors_.end(),
                                      [&](const std::string& each) { return fold_name(each) == folded; });
    // A connector the model left out has had its error already.
    if (found.empty() && dropped == dropped_connectors_.end()) {
        std::vector<std::string> names = dropped_connectors_;
        for (const auto& each : inventory.replication_connectors) names.push_back(each.name);
        values_.error(node, "connector",
                      "unknown directory replication connector '" + std::string(*name) + "'" +
                          did_you_mean(*name, names));
    }
    return found;
}

std::optional<BridgeheadMove> ModelBuilder::read_move(
    pugi::xml_node node, const Inventory& inventory,
    std::vector<std::array<ServerId, 2>>& holders) {
    const auto site = resolve_site(node);
    const auto to = resolve_server(node, "to");
    const auto named = connectors_named(node, inventory);
    if (!site || !to || named.empty()) return std::nullopt;
    // Names may repeat (a warning): the one with an end in the site is meant.
    const auto connector = std::find_if(named.begin(), named.end(), [&](auto id) {
        const auto& ends = inventory.replication_connectors[id].bridgeheads;
        return ends[0].site == *site || ends[1].site == *site;
    });
    if (connector == named.end()) {
        const auto& ends = inventory.replication_connectors[named.front()].bridgeheads;
        values_.error(node, "site",
                      "site '" + inventory.sites[*site].name +
                          "' is not an end of directory replication connector '" +
                          inventory.replication_connectors[named.front()].name + "' (it joins " +
                          inventory.sites[ends[0].site].name + " and " +
                          inventory.sites[ends[1].site].name +
                          "); name the site whose bridgehead moves");
        return std::nullopt;
    }
    if (holders.empty()) {
        holders.reserve(inventory.replication_connectors.size());
        for (const auto& each : inventory.replication_connectors) {
            holders.push_back({each.bridgeheads[0].server, each.bridgeheads[1].server});
        }
    }
    const auto& drc = inventory.replication_connectors[*connector];
    const std::size_t end = drc.bridgeheads[0].site == *site ? 0 : 1;
    const Server& server = inventory.servers[*to];
    if (server.site != *site) {
        values_.error(node, "to",
                      "server '" + server.name + "' is in site '" + inventory.sites[server.site].name +
                          "', not in site '" + inventory.sites[*site].name +
                          "'; the bridgehead role can only pass to a server of the same site");
        return std::nullopt;
    }
    ServerId& holder = holders[*connector][end];
    if (holder == *to) {
        values_.error(node, "to",
                      "server '" + server.name + "' is already the bridgehead of '" + drc.name +
                          "' in site '" + inventory.sites[*site].name +
                          "' at this point of the rollout; name another server or drop the move");
        return std::nullopt;
    }
    const BridgeheadMove move{*connector, end, holder, *to, document_.location_of(node)};
    holder = *to;
    return move;
}

}  // namespace upgrade_risk::inventory
