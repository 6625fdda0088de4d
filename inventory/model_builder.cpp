#include "inventory/model_builder.h"

#include <climits>
#include <iterator>

namespace upgrade_risk::inventory {
namespace {

/// BackupType's values, in its order: made once, not for each of a large inventory's backups.
const std::vector<std::string> kBackupTypes = {"offline", "online"};

/// How many children of `node` are named `name`.
std::size_t count_children(pugi::xml_node node, const char* name) {
    const auto children = node.children(name);
    return static_cast<std::size_t>(std::distance(children.begin(), children.end()));
}

}  // namespace

Inventory ModelBuilder::build() {
    Inventory inventory;
    const pugi::xml_node root = document_.root();
    if (std::string_view(root.name()) != "inventory") return inventory;
    read_header(root, inventory);
    const pugi::xml_node organization = root.child("organization");
    inventory.organization.name = values_.name(organization, "name").value_or("");
    inventory.organization.source = document_.location_of(organization);
    // The server vector is the one large block of the model: allocated once, at its final
    // size, it is never copied, and the heap need not find room for a bigger one mid-way.
    inventory.servers.reserve(servers_expected_);
    // Each site is released once read, its tree and the pages of text only it used, so the
    // model's memory reuses theirs: with the text, the tree and the model all held at once, a
    // large inventory's load took 4.7 times the file's size in memory (1,000,000 servers), 3.6
    // times this way. The name indexes are not reserved for the same reason: they grow into the
    // memory of released sites.
    for (pugi::xml_node site = organization.child("site"); site;) {
        const pugi::xml_node next = site.next_sibling("site");
        add_site(site, inventory);
        document_.release(site);
        site = next;
    }
    for (const pugi::xml_node connector : organization.children("messaging-connector")) {
        add_messaging_connector(connector, inventory);
    }
    for (const pugi::xml_node connector : organization.children("directory-replication-connector")) {
        add_replication_connector(connector, inventory);
    }
    if (const pugi::xml_node media = root.child("media")) read_media(media, inventory);
    if (const pugi::xml_node rollout = root.child("rollout")) read_rollout(rollout, inventory);
    return inventory;
}

void ModelBuilder::read_header(pugi::xml_node root, Inventory& inventory) {
    if (const auto format = values_.text(root, "format"); format && *format != "1") {
        values_.error(root, "format",
                      "unsupported inventory format '" + *format +
                          "': this version of upgrade-risk reads format 1 (write format=\"1\")");
    }
    inventory.captured = values_.timestamp(root, "captured");
    inventory.source_tool = values_.text(root, "source").value_or("");
}

void ModelBuilder::add_site(pugi::xml_node node, Inventory& inventory) {
    const SiteId id = inventory.sites.size();
    Site site;
    site.name = values_.name(node, "name").value_or("");
    site.description = values_.text(node, "description").value_or("");
    site.source = document_.location_of(node);
    site.servers.reserve(count_children(node, "server"));
    if (!site.name.empty()) {
        if (const auto first = sites_.declare(site.name, id, site.source)) {
            values_.error(node, "name",
                          "duplicate site name '" + site.name + "' (site names ignore case; '" +
                              std::string(first->spelling) + "' was first declared at " +
                              line_column(first->declared) + ")");
        }
    }
    inventory.sites.push_back(std::move(site));
    for (const pugi::xml_node server : node.children("server")) add_server(server, id, inventory);
}

void ModelBuilder::add_server(pugi::xml_node node, SiteId site, Inventory& inventory) {
    const ServerId id = inventory.servers.size();
    Server server;
    server.name = values_.name(node, "name").value_or("");
    server.site = site;
    server.source = document_.location_of(node);
    if (!server.name.empty()) {
        if (const auto first = servers_.declare(server.name, id, server.source)) {
            values_.error(node, "name",
                          "duplicate server name '" + server.name +
                              "' (server names ignore case and are unique in the organization; '" +
                              std::string(first->spelling) + "' was first declared at " +
                              line_column(first->declared) + ")");
        }
    }
    const auto level = values_.level(node, "version", "service-pack");
    server.level = level.value_or(ProductLevel{});
    if (const auto build = values_.number(node, "build", INT_MAX)) {
        server.build = static_cast<int>(*build);
        if (level) check_build(node, server);
    }
    server.mailboxes = values_.number(node, "mailboxes").value_or(0);
    server.backups.reserve(count_children(node, "backup"));
    for (const pugi::xml_node backup : node.children("backup")) {
        server.backups.push_back(read_backup(backup, server));
    }
    inventory.sites[site].servers.push_back(id);
    inventory.servers.push_back(std::move(server));
}

void ModelBuilder::check_build(pugi::xml_node node, const Server& server) {
    const auto expected = build_number(server.level);
    if (!expected || *expected == *server.build) return;
    std::string message = "build " + std::to_string(*server.build) + " does not match Exchange " +
                          to_string(server.level) + ", which is build " +
                          std::to_string(*expected);
    for (const Version version : {Version::v4_0, Version::v5_0, Version::v5_5}) {
        for (int sp = 0; sp <= max_service_pack(version); ++sp) {
            if (build_number({version, sp}) == server.build) {
                message += "; build " + std::to_string(*server.build) + " is Exchange " +
                           to_string(ProductLevel{version, sp});
            }
        }
    }
    values_.error(node, "build", message + " (Q158530, Q166349)");
}

Backup ModelBuilder::read_backup(pugi::xml_node node, const Server& server) {
    Backup backup;
    backup.taken = values_.timestamp(node, "taken").value_or(Timestamp{});
    const auto type = values_.choice(node, "type", kBackupTypes, "backup type");
    backup.type = type == 1U ? BackupType::online : BackupType::offline;
    backup.level = values_.level(node, "version", "service-pack", server.level,
                                 "the server's current level")
                       .value_or(server.level);
    backup.verified = values_.boolean(node, "verified").value_or(false);
    backup.location = values_.text(node, "location").value_or("");
    backup.source = document_.location_of(node);
    return backup;
}

void ModelBuilder::read_media(pugi::xml_node node, Inventory& inventory) {
    inventory.has_media = true;
    for (const pugi::xml_node kit_node : node.children("kit")) {
        Kit kit;
        kit.level = values_.level(kit_node, "version", "service-pack").value_or(ProductLevel{});
        kit.authrest = values_.boolean(kit_node, "authrest").value_or(false);
        kit.location = values_.text(kit_node, "location").value_or("");
        kit.source = document_.location_of(kit_node);
        inventory.kits.push_back(std::move(kit));
    }
}

}  // namespace upgrade_risk::inventory
