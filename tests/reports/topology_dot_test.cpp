#include <string>

#include <gtest/gtest.h>

#include "reports/diagram_dot.h"
#include "reports/diagram_svg.h"
#include "tests/reports/q195908_fixture.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;
using analyzer::Severity;
using namespace inventory;

TEST(DotQuote, EscapesEverythingGraphvizWouldInterpret) {
    EXPECT_EQ(dot_quote("a\"b\\N&c\nd"), "\"a\\\"b\\\\N&amp;c\\nd\"");
}

TEST(TopologyDot, SmallOrganizationIsDrawnWhole) {
    const testing::Q195908Fixture fixture;
    const TopologyDot dot = build_topology_dot(fixture.inventory, fixture.result.findings);
    EXPECT_FALSE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 2u);
    EXPECT_EQ(dot.servers_drawn, 4u);
    EXPECT_NE(dot.dot.find("sv0 -> sv3 [label=\"DRC: Redmond-Paris DRC\", penwidth=2.5]"),
              std::string::npos);
    EXPECT_NE(dot.dot.find("label=\"Site Paris\\n\xE2\x9C\x82 CUT OFF if SERVERA backs out\""),
              std::string::npos);
}

/// A chain of 40 three-server sites joined by DRCs, one critical bridgehead in the middle.
struct LargeOrganization {
    Inventory inventory;
    std::vector<Finding> findings;
    LargeOrganization() {
        inventory.organization.name = "Big";
        for (SiteId site = 0; site < 40; ++site) {
            Site s;
            s.name = "Site" + std::to_string(site);
            for (int i = 0; i < 3; ++i) {
                Server server;
                server.name = s.name + "-S" + std::to_string(i);
                server.site = site;
                s.servers.push_back(inventory.servers.size());
                inventory.servers.push_back(server);
            }
            inventory.sites.push_back(s);
            if (site > 0) {
                DirectoryReplicationConnector drc;
                drc.name = "DRC" + std::to_string(site);
                drc.bridgeheads = {Bridgehead{site - 1, (site - 1) * 3, {}},
                                   Bridgehead{site, site * 3, {}}};
                inventory.replication_connectors.push_back(drc);
            }
        }
        Finding critical;
        critical.rule = "backout-breaks-intersite-replication";
        critical.severity = Severity::critical;
        critical.server = 20 * 3;
        critical.site = 20;
        critical.impact = analyzer::Impact{{"site19"}, 57, 0, {"DRC20"}};
        findings.push_back(critical);
    }
};

TEST(TopologyDot, LargeOrganizationShowsOnlyTheNeighbourhood) {
    const LargeOrganization org;
    const TopologyDot dot = build_topology_dot(org.inventory, org.findings);
    EXPECT_TRUE(dot.neighbourhood_only);
    EXPECT_EQ(dot.sites_drawn, 3u);  // Site20 and its DRC neighbours Site19 and Site21.
    EXPECT_EQ(dot.servers_drawn, 1u);
    EXPECT_NE(dot.dot.find("rest20 [shape=note, label=\"2 more servers\"]"), std::string::npos);
    EXPECT_NE(dot.dot.find("CUT OFF if Site20-S0 backs out"), std::string::npos);
    EXPECT_EQ(dot.dot.find("Site5"), std::string::npos);
    const DiagramSvg svg = render_dot_to_svg(dot.dot);
    ASSERT_TRUE(svg.svg) << svg.error;
    EXPECT_TRUE(svg.svg->starts_with("<svg"));
}

TEST(DiagramSvg, ReportsUnreadableDot) {
    const DiagramSvg svg = render_dot_to_svg("digraph { a -> ");
    EXPECT_FALSE(svg.svg);
    EXPECT_EQ(svg.error, "Graphviz could not read the generated diagram");
}

}  // namespace
}  // namespace upgrade_risk::reports
