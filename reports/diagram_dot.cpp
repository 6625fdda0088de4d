#include "reports/diagram_dot.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "analyzer/names.h"
#include "inventory/number_text.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

namespace {

using analyzer::Finding;
using analyzer::Severity;
using inventory::Inventory;
using inventory::ServerId;
using inventory::SiteId;

/// What the findings say about each server and site, for marking the drawing.
struct Marks {
    std::map<ServerId, Severity> server_severity;  ///< Worst critical/high finding per server.
    std::map<SiteId, std::vector<ServerId>> cut_off_by;  ///< Site -> bridgeheads cutting it off.
    std::vector<SiteId> finding_sites;  ///< Sites of critical and high findings, worst first.
};

Marks collect_marks(const Inventory& inventory, const std::vector<Finding>& findings) {
    Marks marks;
    std::vector<bool> seen(inventory.sites.size(), false);
    const auto add_site = [&](SiteId site) {
        if (!seen[site]) marks.finding_sites.push_back(site);
        seen[site] = true;
    };
    for (const Finding& finding : findings) {
        if (finding.severity() < Severity::high) continue;
        if (finding.site) add_site(*finding.site);
        if (!finding.server) continue;
        add_site(inventory.servers[*finding.server].site);
        auto& worst = marks.server_severity[*finding.server];
        worst = std::max(worst, finding.severity());
        if (finding.severity() != Severity::critical || !finding.impact) continue;
        for (const SiteId site : finding.impact->sites_cut_off) {
            auto& by = marks.cut_off_by[site];
            if (std::find(by.begin(), by.end(), *finding.server) == by.end()) {
                by.push_back(*finding.server);
            }
        }
    }
    return marks;
}

/// The sites to draw: all of them, or for a large organization the sites of the worst
/// findings and their DRC neighbours, no more than kDiagramMaxSites (Graphviz's layout and the
/// reader both give up on a drawing of hundreds of sites).
std::set<SiteId> sites_to_draw(const Inventory& inventory, const Marks& marks, bool neighbourhood) {
    std::set<SiteId> sites;
    if (!neighbourhood) {
        for (SiteId site = 0; site < inventory.sites.size(); ++site) sites.insert(site);
        return sites;
    }
    std::vector<std::vector<SiteId>> neighbours(inventory.sites.size());
    for (const auto& drc : inventory.replication_connectors) {
        neighbours[drc.bridgeheads[0].site].push_back(drc.bridgeheads[1].site);
        neighbours[drc.bridgeheads[1].site].push_back(drc.bridgeheads[0].site);
    }
    for (const SiteId site : marks.finding_sites) {
        if (sites.size() >= kDiagramMaxSites) break;
        sites.insert(site);
        for (const SiteId neighbour : neighbours[site]) {
            if (sites.size() >= kDiagramMaxSites) break;
            sites.insert(neighbour);
        }
    }
    return sites;
}

std::string server_label(const Inventory& inventory, ServerId server, const Marks& marks,
                         const InventoryFacts& facts) {
    std::string label = inventory.servers[server].name + "\n" +
                        inventory::to_string(inventory.servers[server].level);
    if (const auto plan = facts.planned_upgrade(server)) {
        label += " \xE2\x86\x92 " + inventory::to_string(plan->to) + " (";
        label += plan->wave_name;
        label += ")";
    }
    const auto mark = marks.server_severity.find(server);
    if (mark != marks.server_severity.end()) {
        label += mark->second == Severity::critical
                     ? "\n\xE2\x9A\xA0 CRITICAL: exposed bridgehead"
                     : "\n\xE2\x96\xB2 HIGH: see findings";
    }
    return label;
}

std::string server_attributes(ServerId server, const Marks& marks) {
    const auto mark = marks.server_severity.find(server);
    if (mark == marks.server_severity.end()) return "shape=box, style=\"rounded\"";
    if (mark->second == Severity::critical) {
        return "shape=octagon, style=\"filled,bold\", penwidth=3, color=\"#8b0000\", "
               "fillcolor=\"#fde2e1\"";
    }
    return "shape=box, style=\"filled,bold\", penwidth=2, color=\"#7a4a00\", "
           "fillcolor=\"#fff1d6\"";
}

/// How many of the bridgeheads whose backout cuts a site off its label names: near the root of
/// a large replication tree a site is cut off by thousands, and a label naming them all made
/// the drawing tens of metres wide.
constexpr std::size_t kBridgeheadsNamed = 3;

std::string cluster_label(const Inventory& inventory, SiteId site, const Marks& marks) {
    std::string label = "Site " + inventory.sites[site].name;
    const auto cut = marks.cut_off_by.find(site);
    if (cut == marks.cut_off_by.end()) return label;
    label += "\n\xE2\x9C\x82 CUT OFF if ";
    const std::vector<ServerId>& by = cut->second;
    const std::size_t named = std::min(by.size(), kBridgeheadsNamed);
    for (std::size_t i = 0; i < named; ++i) {
        if (i > 0) label += " or ";
        label += inventory.servers[by[i]].name;
    }
    if (by.size() > named) {
        label += " or any of " + analyzer::count_of(by.size() - named, "more bridgehead");
    }
    return label + " backs out";
}

std::string edge(const std::string& from, const std::string& to, const std::string& label,
                 const std::string& style) {
    return "  " + from + " -> " + to + " [label=" + dot_quote(label) + ", " + style + "];\n";
}

}  // namespace

std::string dot_quote(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': quoted += "\\\""; break;
            case '\\': quoted += "\\\\"; break;
            case '&': quoted += "&amp;"; break;  // Graphviz expands entities in labels.
            case '\n': quoted += "\\n"; break;
            case '\r': break;
            default: quoted += c;
        }
    }
    return quoted + "\"";
}

TopologyDot build_topology_dot(const Inventory& inventory, const std::vector<Finding>& findings,
                               const InventoryFacts& facts, const analyzer::BridgeheadRoles& roles) {
    TopologyDot result;
    result.neighbourhood_only = inventory.servers.size() > kDiagramMaxServers ||
                                inventory.sites.size() > kDiagramMaxSites;
    const Marks marks = collect_marks(inventory, findings);
    const std::set<SiteId> sites = sites_to_draw(inventory, marks, result.neighbourhood_only);

    // In a large drawing only marked servers get their own node; the rest of a site's servers
    // share one "N more servers" node that connectors attach to.
    const auto own_node = [&](ServerId server) {
        return !result.neighbourhood_only || marks.server_severity.count(server) > 0;
    };
    const auto node_of = [&](ServerId server) {
        return own_node(server) ? "sv" + std::to_string(server)
                                : "rest" + std::to_string(inventory.servers[server].site);
    };

    std::string& dot = result.dot;
    dot = std::string("digraph topology {\n"
                      "  graph [rankdir=TB, compound=true, fontname=\"Helvetica\", fontsize=12, "
                      "nodesep=0.3, ranksep=0.8];\n"
                      "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.15,0.06\"];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=") +
          std::to_string(kDiagramSmallestFontPoints) + ", dir=none];\n";
    for (const SiteId site : sites) {
        const bool cut_off = marks.cut_off_by.count(site) > 0;
        dot += "  subgraph cluster_" + std::to_string(site) + " {\n    graph [label=" +
               dot_quote(cluster_label(inventory, site, marks)) + ", " +
               (cut_off ? "style=\"dashed,bold\", penwidth=2, color=\"#8b0000\""
                        : "style=\"rounded\"") +
               "];\n";
        std::size_t collapsed = 0;
        for (const ServerId server : inventory.sites[site].servers) {
            if (!own_node(server)) {
                ++collapsed;
                continue;
            }
            ++result.servers_drawn;
            dot += "    sv" + std::to_string(server) + " [label=" +
                   dot_quote(server_label(inventory, server, marks, facts)) + ", " +
                   server_attributes(server, marks) + "];\n";
        }
        if (collapsed > 0) {
            dot += "    rest" + std::to_string(site) + " [shape=note, label=" +
                   dot_quote(inventory::number_text(collapsed) + " more server" +
                             (collapsed == 1 ? "" : "s")) +
                   "];\n";
        }
        dot += "  }\n";
    }
    result.sites_drawn = sites.size();

    const auto drawn = [&](const inventory::DirectoryReplicationConnector& drc) {
        return sites.count(drc.bridgeheads[0].site) && sites.count(drc.bridgeheads[1].site);
    };
    // A connector whose bridgehead moves keeps today's edge up to its first move, and gets a
    // dashed edge between the bridgeheads each wave's moves leave it with: a drawing of today's
    // roles alone would show the wrong bridgehead once the rollout is under way.
    std::map<analyzer::ConnectorId, std::string_view> first_move;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) {
            for (const auto& move : wave.moves) first_move.emplace(move.connector, wave.name);
        }
    }
    const auto& drcs = inventory.replication_connectors;
    for (analyzer::ConnectorId id = 0; id < drcs.size(); ++id) {
        if (!drawn(drcs[id])) continue;
        const auto moved = first_move.find(id);
        dot += edge(node_of(drcs[id].bridgeheads[0].server), node_of(drcs[id].bridgeheads[1].server),
                    "DRC: " + drcs[id].name +
                        (moved == first_move.end() ? "" : " (until " + std::string(moved->second) + ")"),
                    "penwidth=2.5");
    }
    if (inventory.rollout) {
        const auto& waves = inventory.rollout->waves;
        for (std::size_t w = 0; w < waves.size(); ++w) {
            std::set<analyzer::ConnectorId> done;  // both ends of a connector moved in one wave: one edge
            for (const auto& move : waves[w].moves) {
                if (!drawn(drcs[move.connector]) || !done.insert(move.connector).second) continue;
                dot += edge(node_of(roles.bridgehead(move.connector, 0, w)),
                            node_of(roles.bridgehead(move.connector, 1, w)),
                            "DRC: " + drcs[move.connector].name + " (from " + waves[w].name + ")",
                            "penwidth=2.5, style=dashed, color=\"#1f4e9a\", fontcolor=\"#1f4e9a\"");
            }
        }
    }
    for (const auto& connector : inventory.messaging_connectors) {
        const auto& [a, b] = connector.endpoints;
        if (!sites.count(a.site) || !sites.count(b.site)) continue;
        const auto end = [&](const inventory::Endpoint& endpoint) {
            return node_of(endpoint.server.value_or(inventory.sites[endpoint.site].servers.front()));
        };
        dot += edge(end(a), end(b),
                    std::string(messaging_type_name(connector.type)) + ": " + connector.name,
                    "style=dashed, color=\"#444444\", fontcolor=\"#333333\"");
    }
    dot += "}\n";
    return result;
}

}  // namespace upgrade_risk::reports
