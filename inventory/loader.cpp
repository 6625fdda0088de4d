#include "inventory/loader.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "inventory/input_limits.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {
namespace {

std::string fold_case(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return folded;
}

/// Builds the model from a parsed document, collecting every problem it meets.
class ModelBuilder {
public:
    ModelBuilder(const XmlDocument& document, std::vector<Diagnostic>& diagnostics)
        : document_(document), diagnostics_(diagnostics) {}

    Inventory build() {
        Inventory inventory;
        const pugi::xml_node root = document_.root();
        if (std::string_view(root.name()) != "inventory") {
            error(root, "the root element must be <inventory>");
            return inventory;
        }
        inventory.format = root.attribute("format").as_int(1);
        if (const auto captured = root.attribute("captured")) {
            inventory.captured = parse_timestamp(captured.value());
        }
        inventory.source_tool = root.attribute("source").value();
        const pugi::xml_node org = root.child("organization");
        inventory.organization = Organization{org.attribute("name").value(),
                                              document_.location_of(org)};
        for (const pugi::xml_node site : org.children("site")) add_site(inventory, site);
        for (const pugi::xml_node connector : org.children("messaging-connector")) {
            add_messaging_connector(inventory, connector);
        }
        for (const pugi::xml_node connector : org.children("directory-replication-connector")) {
            add_replication_connector(inventory, connector);
        }
        if (const pugi::xml_node media = root.child("media")) {
            inventory.has_media = true;
            for (const pugi::xml_node kit : media.children("kit")) {
                inventory.kits.push_back(Kit{level_of(kit, "version", "service-pack"),
                                             std::string_view(kit.attribute("authrest").value()) == "true",
                                             kit.attribute("location").value(),
                                             document_.location_of(kit)});
            }
        }
        if (const pugi::xml_node rollout = root.child("rollout")) add_rollout(inventory, rollout);
        return inventory;
    }

private:
    void error(pugi::xml_node node, std::string message) {
        diagnostics_.push_back(Diagnostic{DiagnosticSeverity::error, document_.path(),
                                          document_.location_of(node), std::move(message)});
    }

    ProductLevel level_of(pugi::xml_node node, const char* version_name, const char* sp_name,
                          ProductLevel fallback = {}) {
        ProductLevel level = fallback;
        if (const auto version = node.attribute(version_name)) {
            if (const auto parsed = parse_version(version.value())) level.version = *parsed;
        }
        if (const auto sp = node.attribute(sp_name)) level.service_pack = sp.as_int();
        return level;
    }

    void add_site(Inventory& inventory, pugi::xml_node node) {
        const SiteId id = inventory.sites.size();
        Site site{node.attribute("name").value(), node.attribute("description").value(), {},
                  document_.location_of(node)};
        site_ids_.emplace(fold_case(site.name), id);
        for (const pugi::xml_node server_node : node.children("server")) {
            const ServerId server_id = inventory.servers.size();
            Server server;
            server.name = server_node.attribute("name").value();
            server.site = id;
            server.level = level_of(server_node, "version", "service-pack");
            if (const auto build = server_node.attribute("build")) server.build = build.as_int();
            server.mailboxes = server_node.attribute("mailboxes").as_ullong();
            server.source = document_.location_of(server_node);
            for (const pugi::xml_node backup : server_node.children("backup")) {
                Backup b;
                b.taken = parse_timestamp(backup.attribute("taken").value()).value_or(Timestamp{});
                b.type = std::string_view(backup.attribute("type").value()) == "online"
                             ? BackupType::online
                             : BackupType::offline;
                b.level = level_of(backup, "version", "service-pack", server.level);
                b.verified = std::string_view(backup.attribute("verified").value()) == "true";
                b.location = backup.attribute("location").value();
                b.source = document_.location_of(backup);
                server.backups.push_back(std::move(b));
            }
            server_ids_.emplace(fold_case(server.name), server_id);
            site.servers.push_back(server_id);
            inventory.servers.push_back(std::move(server));
        }
        inventory.sites.push_back(std::move(site));
    }

    std::optional<SiteId> find_site(pugi::xml_node node) {
        const auto found = site_ids_.find(fold_case(node.attribute("site").value()));
        if (found != site_ids_.end()) return found->second;
        error(node, "unknown site '" + std::string(node.attribute("site").value()) + "'");
        return std::nullopt;
    }

    std::optional<ServerId> find_server(pugi::xml_node node) {
        const auto found = server_ids_.find(fold_case(node.attribute("server").value()));
        if (found != server_ids_.end()) return found->second;
        error(node, "unknown server '" + std::string(node.attribute("server").value()) + "'");
        return std::nullopt;
    }

    void add_messaging_connector(Inventory& inventory, pugi::xml_node node) {
        MessagingConnector connector;
        connector.name = node.attribute("name").value();
        const std::string_view type = node.attribute("type").value();
        connector.type = type == "x400"            ? MessagingConnectorType::x400
                         : type == "dynamic-ras"   ? MessagingConnectorType::dynamic_ras
                         : type == "internet-mail" ? MessagingConnectorType::internet_mail
                                                   : MessagingConnectorType::site;
        connector.source = document_.location_of(node);
        std::size_t index = 0;
        for (const pugi::xml_node endpoint : node.children("endpoint")) {
            if (index == 2) break;
            const auto site = find_site(endpoint);
            if (!site) return;
            Endpoint& end = connector.endpoints[index++];
            end.site = *site;
            end.source = document_.location_of(endpoint);
            if (endpoint.attribute("server")) {
                const auto server = find_server(endpoint);
                if (!server) return;
                end.server = *server;
            }
        }
        if (index == 2) inventory.messaging_connectors.push_back(std::move(connector));
    }

    void add_replication_connector(Inventory& inventory, pugi::xml_node node) {
        DirectoryReplicationConnector connector;
        connector.name = node.attribute("name").value();
        connector.source = document_.location_of(node);
        std::size_t index = 0;
        for (const pugi::xml_node bridgehead : node.children("bridgehead")) {
            if (index == 2) break;
            const auto site = find_site(bridgehead);
            const auto server = find_server(bridgehead);
            if (!site || !server) return;
            connector.bridgeheads[index++] =
                Bridgehead{*site, *server, document_.location_of(bridgehead)};
        }
        if (index == 2) inventory.replication_connectors.push_back(std::move(connector));
    }

    void add_rollout(Inventory& inventory, pugi::xml_node node) {
        Rollout rollout;
        rollout.target = level_of(node, "target-version", "target-service-pack");
        rollout.source = document_.location_of(node);
        for (const pugi::xml_node wave_node : node.children("wave")) {
            Wave wave;
            wave.name = wave_node.attribute("name").value();
            if (const auto start = wave_node.attribute("start")) {
                wave.start = parse_timestamp(start.value());
            }
            wave.source = document_.location_of(wave_node);
            for (const pugi::xml_node upgrade : wave_node.children("upgrade")) {
                const auto server = find_server(upgrade);
                if (!server) continue;
                wave.upgrades.push_back(Upgrade{
                    *server, level_of(upgrade, "to-version", "to-service-pack", rollout.target),
                    document_.location_of(upgrade)});
            }
            rollout.waves.push_back(std::move(wave));
        }
        inventory.rollout = std::move(rollout);
    }

    const XmlDocument& document_;
    std::vector<Diagnostic>& diagnostics_;
    std::unordered_map<std::string, SiteId> site_ids_;
    std::unordered_map<std::string, ServerId> server_ids_;
};

}  // namespace

LoadResult load_inventory_text(std::string_view text, const std::string& path) {
    LoadResult result;
    result.diagnostics = check_inventory_text(text, path);
    if (!result.diagnostics.empty()) return result;
    const XmlDocument document{std::string(text), path};
    if (!document.ok()) {
        result.diagnostics.push_back(document.error());
        return result;
    }
    result.diagnostics = check_inventory_tree(document);
    if (!result.diagnostics.empty()) return result;
    Inventory inventory = ModelBuilder{document, result.diagnostics}.build();
    inventory.path = path;
    if (!has_errors(result.diagnostics)) result.inventory = std::move(inventory);
    return result;
}

LoadResult load_inventory_file(const std::string& path) {
    InventoryBytes bytes = read_inventory_bytes(path);
    if (bytes.error) return LoadResult{std::nullopt, {std::move(*bytes.error)}};
    return load_inventory_text(bytes.text, path);
}

}  // namespace upgrade_risk::inventory
