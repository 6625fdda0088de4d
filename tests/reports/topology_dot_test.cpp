#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "reports/diagram_dot.h"
#include "reports/diagram_svg.h"
#include "tests/reports/large_fixture.h"
#include "tests/reports/q195908_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

TEST(DotQuote, EscapesEverythingGraphvizWouldInterpret) {
    EXPECT_EQ(dot_quote("a\"b\\N&c\nd"), "\"a\\\"b\\\\N&amp;c\\nd\"");
}

TEST(TopologyDot, SmallOrganizationIsDrawnWholeAsATreeOfSites) {
    const testing::Q195908Fixture fixture;
    const TopologyDot dot = build_topology_dot(fixture.inventory, fixture.result.findings);
    EXPECT_FALSE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 2u);
    // A node per site, the exposed bridgehead's with a double border, the cut-off one dashed.
    EXPECT_NE(dot.dot.find("site0 [label=\"Site Redmond\\n3 servers, 1,100 mailboxes\\n\xE2\x9A\xA0 CRITICAL: exposed "
                           "bridgehead SERVERA\", shape=box, peripheries=2"),
              std::string::npos)
        << dot.dot;
    EXPECT_NE(dot.dot.find("site1 [label=\"Site Paris\\n1 server, 150 mailboxes\\n\xE2\x96\xB2 HIGH: see findings\\n"
                           "\xE2\x9C\x82 CUT OFF if one of these backs out:\\nSERVERA\", shape=box, "
                           "style=\"filled,dashed,bold\""),
              std::string::npos)
        << dot.dot;
    EXPECT_NE(dot.dot.find("site0 -- site1 [label=\"DRC: Redmond-Paris DRC\\n(stops on a backout)\", penwidth=3"),
              std::string::npos);
    EXPECT_NE(dot.dot.find("site0 -- site1 [label=\"X.400:\\nRedmond-Paris X.400\", style=dashed"), std::string::npos);
    // No server has a node of its own.
    EXPECT_EQ(dot.dot.find("sv0"), std::string::npos);
}

TEST(TopologyDot, LargeOrganizationShowsOnlyTheNeighbourhood) {
    const testing::LargeFixture large;
    const TopologyDot dot = build_topology_dot(large.inventory, large.result.findings);
    EXPECT_TRUE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 3u);  // Site150 and its DRC neighbours Site149 and Site151.
    EXPECT_NE(dot.dot.find("CUT OFF if one of these backs out:\\nSite150-S0\""), std::string::npos);
    EXPECT_EQ(dot.dot.find("Site Site5\\n"), std::string::npos);
    const DiagramSvg svg = render_dot_to_svg(dot.dot);
    ASSERT_TRUE(svg.svg) << svg.error;
    EXPECT_TRUE(svg.svg->starts_with("<svg"));
}

TEST(TopologyDot, ASiteCutOffByManyBridgeheadsNamesThreeAndCountsTheRest) {
    testing::LargeFixture large;
    auto& findings = large.result.findings;
    const analyzer::Finding critical = findings.front();
    ASSERT_EQ(critical.severity(), analyzer::Severity::critical);
    // Five more bridgeheads (Site140-S0 .. Site144-S0) whose backout cuts off the same sites.
    for (inventory::ServerId site = 140; site < 145; ++site) {
        analyzer::Finding copy = critical;
        copy.server = 3 * site;
        copy.site = site;
        findings.insert(findings.begin() + static_cast<std::ptrdiff_t>(site - 139), copy);
    }
    const TopologyDot dot = build_topology_dot(large.inventory, findings);
    EXPECT_NE(dot.dot.find("CUT OFF if one of these backs out:\\nSite150-S0, Site140-S0, Site141-S0 and 3 more\""),
              std::string::npos)
        << dot.dot;
}

TEST(TopologyDot, AConnectorWhoseBridgeheadMovesSaysFromWhichWave) {
    const auto sample = testing::analyze_source_file("tests/golden/bridgehead-move/inventory.xml", "inventory.xml");
    const TopologyDot dot = build_topology_dot(sample.inventory, sample.result.findings);
    EXPECT_NE(dot.dot.find("DRC: London-Dublin DRC\\nbridgehead moves in Wave 2\""), std::string::npos) << dot.dot;
    const DiagramSvg svg = render_dot_to_svg(dot.dot);
    ASSERT_TRUE(svg.svg) << svg.error;
}

/// Graphviz's dot layout leaks the edges it reverses to break a cycle and frees twice on edges
/// that do not constrain the ranks (the sanitizer suite saw both): every edge must run from a
/// site earlier in the drawing's walk to a later one, a replication cycle (X, Y, Z) included.
TEST(TopologyDot, NoEdgeClosesACycleOrLeavesTheRanksUnconstrained) {
    for (const char* path : {"tests/golden/topology-problems/inventory.xml", "tests/golden/mixed-site-loop/inventory.xml",
                             "inventory/examples/contoso.xml"}) {
        SCOPED_TRACE(path);
        const auto sample = testing::analyze_source_file(path, "inventory.xml");
        const std::string dot = build_topology_dot(sample.inventory, sample.result.findings).dot;
        EXPECT_EQ(dot.find("constraint"), std::string::npos);
        // The edges as written, tail to head; a depth-first search finds any cycle among them.
        std::map<int, std::vector<int>> heads;
        const std::regex edge_line(R"(\n  site(\d+) -- site(\d+) )");
        for (auto it = std::sregex_iterator(dot.begin(), dot.end(), edge_line); it != std::sregex_iterator(); ++it) {
            heads[std::stoi((*it)[1])].push_back(std::stoi((*it)[2]));
        }
        ASSERT_FALSE(heads.empty());
        std::map<int, int> state;  // 1 on the path, 2 done
        const std::function<bool(int)> cycle_from = [&](int site) {
            state[site] = 1;
            for (const int next : heads[site]) {
                if (state[next] == 1 || (state[next] == 0 && cycle_from(next))) return true;
            }
            state[site] = 2;
            return false;
        };
        for (const auto& [site, _] : heads) EXPECT_FALSE(state[site] == 0 && cycle_from(site)) << dot;
    }
}

/// Only the dot layout and the SVG renderer are loaded: Graphviz's configuration would load its
/// pango text plugin too, with fontconfig and the fonts (half the CPU time of a small report).
TEST(DiagramSvg, DrawsWithoutLoadingGraphvizsTextPluginOrItsFonts) {
    const DiagramSvg drawn = render_dot_to_svg("digraph { a [label=\"SERVERA\"]; a -> b }");
    ASSERT_TRUE(drawn.svg) << drawn.error;
    EXPECT_NE(drawn.svg->find(">SERVERA</text>"), std::string::npos);
    std::ifstream maps("/proc/self/maps");
    const std::string mapped((std::istreambuf_iterator<char>(maps)), std::istreambuf_iterator<char>());
    ASSERT_NE(mapped.find("libgvplugin_dot_layout"), std::string::npos) << mapped;
    EXPECT_EQ(mapped.find("libgvplugin_pango"), std::string::npos);
    EXPECT_EQ(mapped.find("libfontconfig"), std::string::npos);
}

TEST(DiagramSvg, ReportsUnreadableDot) {
    const DiagramSvg svg = render_dot_to_svg("digraph { a -> ");
    EXPECT_FALSE(svg.svg);
    EXPECT_EQ(svg.error, "Graphviz could not read the generated diagram");
}

/// The way out after gvLayout has bound its records; the sanitizer suite sees it leak nothing.
TEST(DiagramSvg, ReportsALayoutGraphvizCannotDoAndStillDrawsTheNextDiagram) {
    const DiagramSvg refused = render_dot_to_svg("digraph { layout=\"no-such-engine\"; a -> b }");
    EXPECT_FALSE(refused.svg);
    EXPECT_EQ(refused.error, "Graphviz could not lay out the diagram");
    const DiagramSvg drawn = render_dot_to_svg("digraph { a -> b }");
    ASSERT_TRUE(drawn.svg) << drawn.error;
    EXPECT_TRUE(drawn.svg->starts_with("<svg"));
}

}  // namespace
}  // namespace upgrade_risk::reports
