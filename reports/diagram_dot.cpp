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
    std::map<SiteId, std::vector<ServerId>> cut_off_by;  ///< Drawn site -> bridgeheads cutting it off.
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
    }
    return marks;
}

/// Which bridgeheads' backout cuts off each of the drawn `sites`, in the order of the findings.
/// Only drawn sites: in an exposed organization each of thousands of critical findings cuts off
/// up to 50 named sites, each looked up in a table of flags rather than in the set.
void mark_cut_off(const Inventory& inventory, const std::vector<Finding>& findings,
                  const std::set<SiteId>& sites, Marks& marks) {
    std::vector<bool> drawn(inventory.sites.size(), false);
    for (const SiteId site : sites) drawn[site] = true;
    std::set<std::pair<SiteId, ServerId>> marked;
    for (const Finding& finding : findings) {
        if (finding.severity() != Severity::critical || !finding.impact || !finding.server) continue;
        for (const SiteId site : finding.impact->sites_cut_off) {
            if (drawn[site] && marked.emplace(site, *finding.server).second) {
                marks.cut_off_by[site].push_back(*finding.server);
            }
        }
    }
}

/// Each site's DRC neighbours, in the inventory's order of the connectors.
using Neighbours = std::vector<std::vector<SiteId>>;
Neighbours drc_neighbours(const Inventory& inventory) {
    Neighbours neighbours(inventory.sites.size());
    for (const auto& drc : inventory.replication_connectors) {
        neighbours[drc.bridgeheads[0].site].push_back(drc.bridgeheads[1].site);
        neighbours[drc.bridgeheads[1].site].push_back(drc.bridgeheads[0].site);
    }
    return neighbours;
}

/// The sites to draw: all of them, or for a large organization the sites of the worst
/// findings and their DRC neighbours, no more than kDiagramMaxSites (Graphviz's layout and the
/// reader both give up on a drawing of hundreds of sites).
std::set<SiteId> sites_to_draw(const Inventory& inventory, const Marks& marks, const Neighbours& neighbours,
                               bool neighbourhood) {
    std::set<SiteId> sites;
    if (!neighbourhood) {
        for (SiteId site = 0; site < inventory.sites.size(); ++site) sites.insert(site);
        return sites;
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

/// How many bridgeheads a site's label names before it counts the rest: near the root of a
/// large replication tree a site is cut off by thousands, and a label naming them all made the
/// drawing tens of metres wide.
constexpr std::size_t kBridgeheadsNamed = 3;

/// "SEA-EX01, CHI-EX01, LON-EX01 and 2 more".
std::string bridgehead_names(const Inventory& inventory, const std::vector<ServerId>& servers) {
    const std::size_t named = std::min(servers.size(), kBridgeheadsNamed);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < named; ++i) names.push_back(inventory.servers[servers[i]].name);
    if (servers.size() > named) names.push_back(analyzer::number_text(servers.size() - named) + " more");
    return analyzer::join_names(names);
}

/// A site's node: its name and size, the exposed bridgeheads in it, and whose backout cuts it off.
std::string site_node(const Inventory& inventory, SiteId site, const Marks& marks) {
    const inventory::Site& the_site = inventory.sites[site];
    std::uint64_t mailboxes = 0;
    std::vector<ServerId> exposed;
    bool marked = false;  ///< A server of the site has a critical or high finding.
    for (const ServerId server : the_site.servers) {
        mailboxes += inventory.servers[server].mailboxes;
        const auto mark = marks.server_severity.find(server);
        if (mark == marks.server_severity.end()) continue;
        if (mark->second == Severity::critical) exposed.push_back(server);
        marked = true;
    }
    std::string label = "Site " + the_site.name + "\n" + analyzer::count_of(the_site.servers.size(), "server") +
                        ", " + analyzer::count_of(mailboxes, "mailbox");
    if (!exposed.empty()) {
        label += "\n\xE2\x9A\xA0 CRITICAL: exposed bridgehead " + bridgehead_names(inventory, exposed);
    } else if (marked) {
        label += "\n\xE2\x96\xB2 HIGH: see findings";
    }
    const auto cut = marks.cut_off_by.find(site);
    if (cut != marks.cut_off_by.end()) {
        label += "\n\xE2\x9C\x82 CUT OFF if one of these backs out:\n" + bridgehead_names(inventory, cut->second);
    }
    const bool cut_off = cut != marks.cut_off_by.end();
    std::string style = exposed.empty() ? "shape=box" : "shape=box, peripheries=2, penwidth=2";
    style += ", style=\"";
    style += marked ? "filled," : "";
    style += cut_off ? "dashed,bold\"" : marked ? "bold\"" : "rounded\"";
    if (!exposed.empty()) {
        style += ", color=\"#8b0000\", fillcolor=\"#fde2e1\"";
    } else if (marked) {
        style += ", color=\"#7a4a00\", fillcolor=\"#fff1d6\"";
    } else if (cut_off) {
        style += ", color=\"#8b0000\"";
    }
    return "  site" + std::to_string(site) + " [label=" + dot_quote(label) + ", " + style + "];\n";
}

/// Each drawn site's place in a breadth-first walk of the drawn DRCs, from the first site of each
/// part of the tree; sites no drawn DRC reaches come after, in inventory order. Every edge runs
/// from the earlier site to the later one, so the drawing has no cycle for Graphviz to break: its
/// dot layout leaks the edges it reverses to break one, and frees twice on edges that do not
/// constrain the ranks (both seen by the sanitizer suite), so neither is ever asked of it.
std::map<SiteId, std::size_t> walk_order(const Neighbours& neighbours, const std::set<SiteId>& sites) {
    std::map<SiteId, std::size_t> order;
    for (const SiteId root : sites) {
        if (order.count(root)) continue;
        std::vector<SiteId> queue{root};
        order.emplace(root, order.size());
        for (std::size_t next = 0; next < queue.size(); ++next) {
            for (const SiteId neighbour : neighbours[queue[next]]) {
                if (sites.count(neighbour) && order.emplace(neighbour, order.size()).second) queue.push_back(neighbour);
            }
        }
    }
    return order;
}

std::string edge(const std::string& from, const std::string& to, const std::string& label,
                 const std::string& style) {
    return "  " + from + " -- " + to + " [label=" + dot_quote(label) + ", " + style + "];\n";
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

TopologyDot build_topology_dot(const Inventory& inventory, const std::vector<Finding>& findings) {
    TopologyDot result;
    result.neighbourhood_only = inventory.sites.size() > kDiagramMaxSites;
    Marks marks = collect_marks(inventory, findings);
    const Neighbours neighbours = drc_neighbours(inventory);
    const std::set<SiteId> sites = sites_to_draw(inventory, marks, neighbours, result.neighbourhood_only);
    mark_cut_off(inventory, findings, sites, marks);
    result.sites_drawn = sites.size();

    std::string& dot = result.dot;
    dot = std::string("graph topology {\n"
                      "  graph [rankdir=TB, fontname=\"Helvetica\", nodesep=0.4, ranksep=0.6];\n"
                      "  node [fontname=\"Helvetica\", fontsize=12, margin=\"0.15,0.08\"];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=") +
          std::to_string(kDiagramSmallestFontPoints) + "];\n";
    for (const SiteId site : sites) dot += site_node(inventory, site, marks);

    // The connectors that stop if an exposed bridgehead backs out, and the wave from which each
    // moving connector's bridgehead changes.
    std::set<analyzer::ConnectorId> stopping;
    for (const Finding& finding : findings) {
        if (finding.severity() == Severity::critical && finding.impact) {
            stopping.insert(finding.impact->connectors.begin(), finding.impact->connectors.end());
        }
    }
    std::map<analyzer::ConnectorId, std::string_view> first_move;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) {
            for (const auto& move : wave.moves) first_move.emplace(move.connector, wave.name);
        }
    }
    const std::map<SiteId, std::size_t> order = walk_order(neighbours, sites);
    // An edge between two sites, from the one earlier in the walk.
    const auto connect = [&](SiteId a, SiteId b, const std::string& label, const std::string& style) {
        if (order.at(b) < order.at(a)) std::swap(a, b);
        dot += edge("site" + std::to_string(a), "site" + std::to_string(b), label, style);
    };
    const auto& drcs = inventory.replication_connectors;
    for (analyzer::ConnectorId id = 0; id < drcs.size(); ++id) {
        const auto& ends = drcs[id].bridgeheads;
        if (!sites.count(ends[0].site) || !sites.count(ends[1].site)) continue;
        const auto moved = first_move.find(id);
        const bool stops = stopping.count(id) > 0;
        connect(ends[0].site, ends[1].site,
                    "DRC: " + drcs[id].name + (stops ? "\n(stops on a backout)" : "") +
                        (moved == first_move.end() ? "" : "\nbridgehead moves in " + std::string(moved->second)),
                    stops ? "penwidth=3, color=\"#8b0000\", fontcolor=\"#8b0000\"" : "penwidth=2.5");
    }
    for (const auto& connector : inventory.messaging_connectors) {
        const auto& [a, b] = connector.endpoints;
        if (!sites.count(a.site) || !sites.count(b.site) || a.site == b.site) continue;
        connect(a.site, b.site, std::string(messaging_type_name(connector.type)) + ":\n" + connector.name,
                "style=dashed, color=\"#444444\", fontcolor=\"#333333\"");
    }
    dot += "}\n";
    return result;
}

}  // namespace upgrade_risk::reports
