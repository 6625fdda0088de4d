#pragma once

#include <optional>
#include <string>

namespace upgrade_risk::reports {

/// SVG markup ready to place inside HTML, or why Graphviz could not lay the graph out.
struct DiagramSvg {
    std::optional<std::string> svg;
    std::string error;
};

/// Lays out `dot` with Graphviz's dot engine in-process (libgvc) and renders it as SVG, with
/// the XML prolog, DOCTYPE and generator comment removed so it can be embedded in HTML.
DiagramSvg render_dot_to_svg(const std::string& dot);

}  // namespace upgrade_risk::reports
