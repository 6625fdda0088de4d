#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <utility>

#include "analyzer/names.h"
#include "inventory/number_text.h"
#include "reports/diagram_dot.h"
#include "reports/diagram_svg.h"
#include "reports/html_data.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

using inventory::Inventory;
using inventory::ServerId;

namespace {

/// Sites with more servers than this start folded in the overview; so does every site of an
/// organization with more sites than kFoldAllSitesAbove, and the connector table above
/// kFoldConnectorsAbove rows: a large organization's page opens on its findings.
constexpr std::size_t kFoldSiteAbove = 15;
constexpr std::size_t kFoldAllSitesAbove = 25;
constexpr std::size_t kFoldConnectorsAbove = 50;
/// Above this many servers the overview lists sites only: a server table of the whole
/// organization would be most of the page and slow to open (docs/performance.md), and every
/// finding names its server anyway.
constexpr std::size_t kServersListedAtMost = 5000;

/// A style that keeps the drawing of `svg` (Graphviz's, sized in points) wide enough that its
/// smallest text is 9 px at least: the page scales a wider drawing down to its width, and past
/// this width the figure scrolls sideways instead.
std::string readable_width(const std::string& svg) {
    const auto at = svg.find(" width=\"");
    if (at == std::string::npos) return "";
    const double points = std::strtod(svg.c_str() + at + 8, nullptr);
    if (points <= 0) return "";
    const auto pixels = static_cast<long>(std::ceil(points * 9.0 / kDiagramSmallestFontPoints)) + 1;
    return " style=\"min-width: " + std::to_string(pixels) + "px\"";
}

void add_topology(const ReportInput& input, HtmlObject& data) {
    const TopologyDot dot = build_topology_dot(input.inventory, input.result.findings);
    DiagramSvg diagram = render_dot_to_svg(dot.dot);
    if (diagram.svg) {
        // Graphviz escaped every label for XML; the markup is ours, so it goes in unescaped.
        std::string svg = std::move(*diagram.svg);
        svg.insert(4, " class=\"topology\" role=\"img\" aria-labelledby=\"topology-caption\"" +
                          readable_width(svg));
        data.set("topology_svg", std::move(svg));
    } else {
        data.set("topology_error", diagram.error);
    }
    data.set("topology_partial", dot.neighbourhood_only);
    data.set("sites_drawn", inventory::number_text(dot.sites_drawn));
    data.set("site_total", inventory::number_text(input.inventory.sites.size()));
    data.set("server_total", inventory::number_text(input.inventory.servers.size()));
}

/// "London-Dublin DRC from Wave 2 until Wave 3": a role and when the rollout's moves hand it over.
std::string role_text(const BridgeheadRoleSpan& role) {
    std::string text(role.connector);
    if (!role.from_wave.empty()) text += " from " + std::string(role.from_wave);
    if (!role.until_wave.empty()) text += " until " + std::string(role.until_wave);
    return text;
}

HtmlObject server_row(const ReportInput& input, const InventoryFacts& facts, ServerId id) {
    const Inventory& inventory = input.inventory;
    const auto& server = inventory.servers[id];
    HtmlList roles;
    for (const BridgeheadRoleSpan& role : facts.bridgehead_role_spans(id)) {
        roles.push_back(std::move(HtmlObject().set("text", role_text(role))));
    }
    HtmlObject row;
    row.set("name", Borrowed{server.name})
        .set("level", inventory::to_string(server.level))
        .set("build", server.build ? std::to_string(*server.build) : "")
        .set("mailboxes", inventory::number_text(server.mailboxes))
        .set("roles", std::move(roles));
    // The rollout's upgrade of the server (without a rollout every server is evaluated, in no wave).
    const analyzer::UpgradeEvaluation* upgrade = input.result.context().simulation.upgrade_of(id);
    if (upgrade && upgrade->wave) {
        row.set("upgrade", inventory::to_string(upgrade->to) + " in " + inventory.rollout->waves[*upgrade->wave].name);
    }
    return row;
}

/// For each connector end a move hands on (key connector * 2 + end): "; LON2 from Wave 2",
/// after today's bridgehead.
std::unordered_map<std::size_t, std::string> later_bridgeheads(const Inventory& inventory) {
    std::unordered_map<std::size_t, std::string> later;
    if (!inventory.rollout) return later;
    for (const auto& wave : inventory.rollout->waves) {
        for (const auto& move : wave.moves) {
            later[move.connector * 2 + move.end] +=
                "; " + inventory.servers[move.to].name + " from " + wave.name;
        }
    }
    return later;
}

void add_overview(const ReportInput& input, const InventoryFacts& facts, HtmlObject& data) {
    const auto& inventory = input.inventory;
    const bool fold_all = inventory.sites.size() > kFoldAllSitesAbove;
    data.set("sites_folded", fold_all);
    const bool list_servers = inventory.servers.size() <= kServersListedAtMost;
    data.set("servers_listed", list_servers);
    data.set("sites", HtmlList(inventory.sites.size(), [&, fold_all, list_servers](const HtmlList::Visit& sites) {
        for (const auto& site : inventory.sites) {
            std::uint64_t mailboxes = 0;
            for (const ServerId id : site.servers) {
                mailboxes += inventory.servers[id].mailboxes;
            }
            const auto server_rows = [&](const HtmlList::Visit& rows) {
                for (const ServerId id : site.servers) rows(server_row(input, facts, id));
            };
            HtmlObject entry;
            entry.set("name", Borrowed{site.name})
                .set("server_count", analyzer::count_of(site.servers.size(), "server"))
                .set("mailboxes", analyzer::count_of(mailboxes, "mailbox"))
                .set("open", !fold_all && site.servers.size() <= kFoldSiteAbove)
                .set("server_rows", HtmlList(list_servers ? site.servers.size() : 0, server_rows));
            if (!site.description.empty()) entry.set("description", Borrowed{site.description});
            sites(entry);
        }
    }));

    const std::size_t connectors =
        inventory.replication_connectors.size() + inventory.messaging_connectors.size();
    data.set("connector_rows", HtmlList(connectors, [&inventory](const HtmlList::Visit& rows) {
        const auto later = later_bridgeheads(inventory);
        for (std::size_t id = 0; id < inventory.replication_connectors.size(); ++id) {
            const auto& drc = inventory.replication_connectors[id];
            const auto end = [&](std::size_t e) {
                const inventory::Bridgehead& b = drc.bridgeheads[e];
                const auto moved = later.find(id * 2 + e);
                return inventory.sites[b.site].name + " (" + inventory.servers[b.server].name +
                       (moved == later.end() ? "" : moved->second) + ")";
            };
            rows(HtmlObject()
                         .set("name", Borrowed{drc.name})
                         .set("kind", "directory replication")
                         .set("from", end(0))
                         .set("to", end(1)));
        }
        for (const auto& connector : inventory.messaging_connectors) {
            const auto end = [&](const inventory::Endpoint& e) {
                std::string text = inventory.sites[e.site].name;
                if (e.server) text += " (" + inventory.servers[*e.server].name + ")";
                return text;
            };
            rows(HtmlObject()
                         .set("name", Borrowed{connector.name})
                         .set("kind", "messaging, " + std::string(messaging_type_name(connector.type)))
                         .set("from", end(connector.endpoints[0]))
                         .set("to", end(connector.endpoints[1])));
        }
    }));
    data.set("has_connectors", connectors > 0);
    data.set("connectors_open", connectors <= kFoldConnectorsAbove);
    data.set("connector_count", inventory::number_text(connectors));
}

}  // namespace

void add_inventory_data(const ReportInput& input, const InventoryFacts& facts, HtmlObject& data) {
    add_topology(input, data);
    add_overview(input, facts, data);
    add_checklist_data(input, data);
}

}  // namespace upgrade_risk::reports
