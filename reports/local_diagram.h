#pragma once

#include <string>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// A critical finding's own small picture, drawn here as inline SVG (no layout engine, so a
/// report of thousands of them stays fast): the exposed bridgehead's site on the left, a line per
/// replication connector that stops to the site at its far end on the right, marked CUT OFF
/// with what lies beyond it (the card's impact sentence counts and names the whole cut-off
/// side). Names are clipped and escaped; the card's text gives every name in full. "" for a
/// finding without an impact.
std::string local_diagram_svg(const inventory::Inventory& inventory, const analyzer::Finding& finding);

}  // namespace upgrade_risk::reports
