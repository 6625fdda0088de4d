#include <set>

#include "analyzer/names.h"
#include "reports/diagram_dot.h"
#include "reports/diagram_svg.h"
#include "reports/html_data.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;
using kainjow::mustache::list;
using kainjow::mustache::object;

namespace {

/// Sites with more servers than this start folded in the overview; so does every site of an
/// organization with more sites than kFoldAllSitesAbove, and the connector table above
/// kFoldConnectorsAbove rows: a large organization's page opens on its findings.
constexpr std::size_t kFoldSiteAbove = 15;
constexpr std::size_t kFoldAllSitesAbove = 25;
constexpr std::size_t kFoldConnectorsAbove = 50;

void add_topology(const ReportInput& input, HtmlData& data) {
    const TopologyDot dot = build_topology_dot(input.inventory, input.result.findings);
    const DiagramSvg diagram = render_dot_to_svg(dot.dot);
    if (diagram.svg) {
        // Graphviz escaped every label for XML; the markup is ours, so it goes in unescaped.
        std::string svg = *diagram.svg;
        svg.insert(4, " class=\"topology\" role=\"img\" aria-labelledby=\"topology-caption\"");
        data.set("topology_svg", svg);
    } else {
        data.set("topology_error", diagram.error);
    }
    data.set("topology_partial", dot.neighbourhood_only);
    data.set("sites_drawn", std::to_string(dot.sites_drawn));
    data.set("servers_drawn", std::to_string(dot.servers_drawn));
    data.set("site_total", std::to_string(input.inventory.sites.size()));
    data.set("server_total", std::to_string(input.inventory.servers.size()));
}

HtmlData server_row(const Inventory& inventory, ServerId id) {
    const auto& server = inventory.servers[id];
    object row{{"name", server.name},
               {"level", inventory::to_string(server.level)},
               {"build", server.build ? std::to_string(*server.build) : ""},
               {"mailboxes", std::to_string(server.mailboxes)},
               {"roles", text_list(bridgehead_roles(inventory, id))}};
    if (const auto plan = planned_upgrade(inventory, id)) {
        row["upgrade"] = inventory::to_string(plan->to) + " in " + plan->wave_name;
    }
    return row;
}

void add_overview(const ReportInput& input, HtmlData& data) {
    const auto& inventory = input.inventory;
    const bool fold_all = inventory.sites.size() > kFoldAllSitesAbove;
    data.set("sites_folded", fold_all);
    list sites;
    for (const auto& site : inventory.sites) {
        list servers;
        std::uint64_t mailboxes = 0;
        for (const ServerId id : site.servers) {
            servers.push_back(server_row(inventory, id));
            mailboxes += inventory.servers[id].mailboxes;
        }
        object entry{{"name", site.name},
                     {"server_count", analyzer::count_of(site.servers.size(), "server")},
                     {"mailboxes", analyzer::count_of(mailboxes, "mailbox")},
                     {"open", !fold_all && site.servers.size() <= kFoldSiteAbove},
                               {"servers", servers}};
        if (!site.description.empty()) entry["description"] = site.description;
        sites.push_back(entry);
    }
    data.set("sites", sites);

    list connectors;
    for (const auto& drc : inventory.replication_connectors) {
        const auto end = [&](const inventory::Bridgehead& b) {
            return inventory.sites[b.site].name + " (" + inventory.servers[b.server].name + ")";
        };
        connectors.push_back(object{{"name", drc.name},
                                    {"kind", "directory replication"},
                                    {"from", end(drc.bridgeheads[0])},
                                    {"to", end(drc.bridgeheads[1])}});
    }
    for (const auto& connector : inventory.messaging_connectors) {
        const auto end = [&](const inventory::Endpoint& e) {
            std::string text = inventory.sites[e.site].name;
            if (e.server) text += " (" + inventory.servers[*e.server].name + ")";
            return text;
        };
        connectors.push_back(
            object{{"name", connector.name},
                   {"kind", "messaging, " + std::string(messaging_type_name(connector.type))},
                   {"from", end(connector.endpoints[0])},
                   {"to", end(connector.endpoints[1])}});
    }
    data.set("connectors", connectors);
    data.set("has_connectors", !connectors.empty());
    data.set("connectors_open", connectors.size() <= kFoldConnectorsAbove);
    data.set("connector_count", std::to_string(connectors.size()));
}

std::vector<std::string> checklist_items(const Inventory& inventory, ServerId id,
                                         const std::string& when, const std::string& max_age) {
    const auto& server = inventory.servers[id];
    const auto& site = inventory.sites[server.site];
    const std::string level = inventory::to_string(server.level);
    std::vector<std::string> items = {
        "Service account and its password for site " + site.name +
            " at hand and tested (Q169114)",
        "Organization and site names written down exactly, case included: " +
            inventory.organization.name + " / " + site.name + " (Q162353)",
        "Offline backup of " + server.name + "'s directory (Dir.edb) taken at " + level +
            ", no more than " + max_age + " before " + when,
        "That backup restored once on a test server, successfully",
    };
    const auto* kit = kit_for(inventory, server.level);
    items.push_back(kit ? "Install kit " + level + " at hand: " + kit->location
                        : "Install kit " + level + " at hand (none listed in the inventory)");
    const auto* authrest = authrest_kit(inventory);
    items.push_back(authrest ? "Authrest.exe at hand, from the 4.0 kit at " + authrest->location
                             : "Authrest.exe at hand (no 4.0 kit with it is listed)");
    if (!bridgehead_roles(inventory, id).empty()) {
        items.push_back("Someone watching " + server.name +
                        " for events 1091 and 3139 and bounced replication mail after the upgrade");
    }
    return items;
}

HtmlData checklist_server(const Inventory& inventory, ServerId id, const std::string& target,
                          const std::string& when, const std::string& max_age) {
    const auto& server = inventory.servers[id];
    return object{{"name", server.name},
                  {"site", inventory.sites[server.site].name},
                  {"from", inventory::to_string(server.level)},
                  {"to", target},
                  {"items", text_list(checklist_items(inventory, id, when, max_age))}};
}

void add_checklist(const ReportInput& input, const std::string& max_age, HtmlData& data) {
    const auto& inventory = input.inventory;
    list waves;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) {
            list servers;
            const std::string when = wave.start ? "the wave starts (" + wave.start->text + ")"
                                                : "the wave starts";
            for (const auto& upgrade : wave.upgrades) {
                servers.push_back(checklist_server(inventory, upgrade.server,
                                                   inventory::to_string(upgrade.to), when, max_age));
            }
            waves.push_back(object{{"name", wave.name},
                                   {"start", wave.start ? wave.start->text : "not scheduled"},
                                   {"servers", servers}});
        }
    } else {
        std::set<ServerId> flagged;
        for (const auto& finding : input.result.findings) {
            if (finding.server) flagged.insert(*finding.server);
        }
        list servers;
        for (const ServerId id : flagged) {
            servers.push_back(checklist_server(inventory, id, "5.5", "its upgrade", max_age));
        }
        waves.push_back(object{{"name", "Before each server's upgrade"},
                               {"start", "no rollout plan in the inventory"},
                               {"servers", servers}});
    }
    data.set("checklist_waves", waves);
}

}  // namespace

void add_inventory_data(const ReportInput& input, HtmlData& data) {
    add_topology(input, data);
    add_overview(input, data);
    add_checklist(input, analyzer::hours_text(input.context.max_backup_age_seconds), data);
}

}  // namespace upgrade_risk::reports
