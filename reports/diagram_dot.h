#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/bridgehead_roles.h"
#include "analyzer/finding.h"
#include "inventory/model.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

/// The topology drawing as Graphviz DOT text, before layout.
struct TopologyDot {
    std::string dot;
    /// True when the organization is too large to draw whole and only the sites around the
    /// critical and high findings are drawn, with their servers collapsed into a count.
    bool neighbourhood_only = false;
    std::size_t sites_drawn = 0;
    std::size_t servers_drawn = 0;
};

/// Above either limit the diagram shows only the neighbourhood of the worst findings, at most
/// kDiagramMaxSites sites.
inline constexpr std::size_t kDiagramMaxServers = 60;
inline constexpr std::size_t kDiagramMaxSites = 25;

/// The size of the drawing's smallest text (connector labels), in the drawing's points: the
/// page never scales the drawing down so far that this text is under 9 px.
inline constexpr int kDiagramSmallestFontPoints = 10;

/// Builds the DOT for the organization, top to bottom: sites as clusters, servers with their versions, DRCs
/// (bold; dashed and blue from the wave whose bridgehead moves hand them on, as `roles` says)
/// and messaging connectors (dashed), exposed bridgeheads and cut-off sites marked in words.
/// Every inventory name is escaped for DOT; node ids are generated, never names.
TopologyDot build_topology_dot(const inventory::Inventory& inventory,
                               const std::vector<analyzer::Finding>& findings,
                               const InventoryFacts& facts, const analyzer::BridgeheadRoles& roles);

/// `text` as a quoted DOT string that Graphviz shows literally (no \N-style escapes, no
/// entity expansion).
std::string dot_quote(std::string_view text);

}  // namespace upgrade_risk::reports
