#include <fstream>
#include <iterator>
#include <string>

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

TEST(TopologyDot, SmallOrganizationIsDrawnWhole) {
    const testing::Q195908Fixture fixture;
    const TopologyDot dot = build_topology_dot(fixture.inventory, fixture.result.findings, InventoryFacts(fixture.inventory),
                                               fixture.result.context().simulation.roles());
    EXPECT_FALSE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 2u);
    EXPECT_EQ(dot.servers_drawn, 4u);
    EXPECT_NE(dot.dot.find("sv0 -> sv3 [label=\"DRC: Redmond-Paris DRC\", penwidth=2.5]"),
              std::string::npos);
    EXPECT_NE(dot.dot.find("label=\"Site Paris\\n\xE2\x9C\x82 CUT OFF if SERVERA backs out\""),
              std::string::npos);
}

TEST(TopologyDot, LargeOrganizationShowsOnlyTheNeighbourhood) {
    const testing::LargeFixture large;
    const TopologyDot dot = build_topology_dot(large.inventory, large.result.findings, InventoryFacts(large.inventory),
                                               large.result.context().simulation.roles());
    EXPECT_TRUE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 3u);  // Site150 and its DRC neighbours Site149 and Site151.
    EXPECT_EQ(dot.servers_drawn, 1u);
    EXPECT_NE(dot.dot.find("rest150 [shape=note, label=\"2 more servers\"]"), std::string::npos);
    EXPECT_NE(dot.dot.find("CUT OFF if Site150-S0 backs out"), std::string::npos);
    EXPECT_EQ(dot.dot.find("Site5-"), std::string::npos);
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
    const TopologyDot dot = build_topology_dot(large.inventory, findings, InventoryFacts(large.inventory),
                                               large.result.context().simulation.roles());
    EXPECT_NE(dot.dot.find("CUT OFF if Site150-S0 or Site140-S0 or Site141-S0 or any of 3 more "
                           "bridgeheads backs out\""),
              std::string::npos)
        << dot.dot;
}

TEST(TopologyDot, AMovedRoleKeepsTodaysEdgeUntilItsWaveAndGetsADashedOneFromThen) {
    // LON1 (sv0) bridges London-Dublin DRC to DUB1 (sv2) until Wave 2 moves the role to LON2 (sv1).
    const auto sample = testing::analyze_source_file("tests/golden/bridgehead-move/inventory.xml", "inventory.xml");
    const TopologyDot dot = build_topology_dot(sample.inventory, sample.result.findings, InventoryFacts(sample.inventory),
                                               sample.result.context().simulation.roles());
    EXPECT_NE(dot.dot.find("sv0 -> sv2 [label=\"DRC: London-Dublin DRC (until Wave 2)\", penwidth=2.5]"),
              std::string::npos)
        << dot.dot;
    EXPECT_NE(dot.dot.find("sv1 -> sv2 [label=\"DRC: London-Dublin DRC (from Wave 2)\", penwidth=2.5, "
                           "style=dashed"),
              std::string::npos)
        << dot.dot;
    EXPECT_EQ(dot.dot.find("sv1 -> sv0"), std::string::npos);
    const DiagramSvg svg = render_dot_to_svg(dot.dot);
    ASSERT_TRUE(svg.svg) << svg.error;
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
