#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// The topology drawing as Graphviz DOT text, before layout.
struct TopologyDot {
    std::string dot;
    /// True when the organization is too large to draw whole and only the sites around the
    /// critical and high findings are drawn.
    bool neighbourhood_only = false;
    std::size_t sites_drawn = 0;
};

/// Above this many sites the diagram shows only the neighbourhood of the worst findings, this
/// many sites at most.
inline constexpr std::size_t kDiagramMaxSites = 25;

/// The size of the drawing's smallest text (connector labels), in the drawing's points: the
/// page never scales the drawing down so far that this text is under 9 px.
inline constexpr int kDiagramSmallestFontPoints = 10;

/// Builds the DOT for the directory replication tree of sites, top to bottom: a node per site
/// (its servers and mailboxes, its exposed bridgeheads marked CRITICAL, and the bridgeheads whose
/// backout cuts it off marked CUT OFF, in words and shapes as well as colour), the DRCs between
/// them (bold; dark red when a backout stops them; with the wave whose bridgehead moves change
/// them) and the messaging connectors (dashed). Every inventory name is escaped for DOT; node
/// ids are generated, never names.
TopologyDot build_topology_dot(const inventory::Inventory& inventory,
                               const std::vector<analyzer::Finding>& findings);

/// `text` as a quoted DOT string that Graphviz shows literally (no \N-style escapes, no
/// entity expansion).
std::string dot_quote(std::string_view text);

}  // namespace upgrade_risk::reports
