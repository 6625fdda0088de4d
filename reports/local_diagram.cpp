#include "reports/local_diagram.h"

#include <algorithm>
#include <charconv>

#include "analyzer/names.h"
#include "inventory/text_encoding.h"
#include "reports/mustache_render.h"

namespace upgrade_risk::reports {

namespace {

/// Connectors drawn a line each; a bridgehead of more gets a last row that counts the rest.
constexpr std::size_t kConnectorRowsAtMost = 6;
/// Characters of a name that fit a box at the drawing's font size.
constexpr std::size_t kNameAtMost = 34;

constexpr int kWidth = 960;
constexpr int kBoxWidth = 330;
constexpr int kRow = 52;
constexpr int kBoxHeight = 42;
constexpr int kLeftX = 10;
constexpr int kRightX = kWidth - 10 - kBoxWidth;

/// The drawing is written in place, a piece at a time: a critical card each, tens of thousands
/// in an exposed organization.
class Svg {
  public:
    /// ` NAME="NUMBER"`
    Svg& attribute(std::string_view name, int number) {
        char digits[12];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        svg_ += ' ';
        svg_ += name;
        svg_ += "=\"";
        svg_.append(digits, static_cast<std::size_t>(end - digits));
        svg_ += '"';
        return *this;
    }
    Svg& raw(std::string_view markup) {
        svg_ += markup;
        return *this;
    }
    /// A line of words: `before`, then `name` cut to fit a box and escaped, then `after`
    /// (`before` and `after` are markup, written as they are).
    Svg& text(int x, int y, std::string_view klass, std::string_view before, std::string_view name,
              std::string_view after, std::string_view anchor = "middle") {
        raw("<text class=\"").raw(klass).raw("\"").attribute("x", x).attribute("y", y);
        raw(" text-anchor=\"").raw(anchor).raw("\">").raw(before);
        // A name of no more bytes than that has no more characters either: most are not cut.
        if (name.size() <= kNameAtMost) append_html_escaped(svg_, name);
        else append_html_escaped(svg_, inventory::clip(name, kNameAtMost));
        return raw(after).raw("</text>");
    }
    Svg& box(int x, int y, int height, std::string_view klass) {
        raw("<rect class=\"").raw(klass).raw("\"").attribute("x", x).attribute("y", y);
        return attribute("width", kBoxWidth).attribute("height", height).raw(" rx=\"4\"/>");
    }
    std::string done() { return std::move(svg_.append("</svg>")); }

  private:
    std::string svg_;
};

}  // namespace

std::string local_diagram_svg(const inventory::Inventory& inventory, const analyzer::Finding& finding) {
    if (!finding.impact || !finding.server || finding.impact->connectors.empty()) return "";
    const analyzer::Impact& impact = *finding.impact;
    const inventory::Server& server = inventory.servers[*finding.server];
    const std::size_t connectors = impact.connectors.size();
    const std::size_t rows = std::min(connectors, kConnectorRowsAtMost);
    const int drawn_height = static_cast<int>(rows) * kRow;
    const int height = drawn_height + 2;
    Svg svg;
    svg.raw("<svg class=\"local-diagram\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 ")
        .raw(std::to_string(kWidth) + " " + std::to_string(height) + "\">");
    // The exposed bridgehead's site, as tall as the rows it connects to.
    const int near_height = std::max(kBoxHeight, drawn_height - (kRow - kBoxHeight));
    const int near_top = 6;
    svg.box(kLeftX, near_top, near_height, "local-near");
    const int near_middle = near_top + near_height / 2;
    svg.text(kLeftX + kBoxWidth / 2, near_middle - 6, "local-name", "Site ", inventory.sites[server.site].name, "");
    svg.text(kLeftX + kBoxWidth / 2, near_middle + 14, "local-mark", "CRITICAL: ", server.name, " backs out");
    for (std::size_t row = 0; row < rows; ++row) {
        const int top = near_top + static_cast<int>(row) * kRow;
        const int middle = top + kBoxHeight / 2;
        svg.raw("<line class=\"local-stop\"")
            .attribute("x1", kLeftX + kBoxWidth)
            .attribute("y1", near_middle)
            .attribute("x2", kRightX)
            .attribute("y2", middle)
            .raw("/>");
        svg.box(kRightX, top, kBoxHeight, "local-far");
        if (row + 1 == rows && connectors > rows) {
            svg.text(kRightX + kBoxWidth / 2, middle + 5, "local-name",
                     "and " + analyzer::count_of(connectors - rows + 1, "more connector"), "", "");
            continue;
        }
        const auto& drc = inventory.replication_connectors[impact.connectors[row]];
        const auto& ends = drc.bridgeheads;
        const inventory::SiteId far = ends[0].site == server.site ? ends[1].site : ends[0].site;
        // By the line's far end, a row apart from the next one's: above a line that rises or runs
        // level, below one that falls, so no line crosses its label.
        svg.text(kRightX - 12, middle <= near_middle ? middle - 6 : middle + 18, "local-connector", "",
                 drc.name, " stops", "end");
        svg.text(kRightX + kBoxWidth / 2, middle - 4, "local-name", "Site ", inventory.sites[far].name, "");
        svg.text(kRightX + kBoxWidth / 2, middle + 15, "local-mark", "CUT OFF, with what lies beyond", "", "");
    }
    return svg.done();
}

}  // namespace upgrade_risk::reports
