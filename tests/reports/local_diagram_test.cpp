#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "reports/local_diagram.h"
#include "tests/reports/html_page.h"
#include "tests/reports/q195908_fixture.h"

namespace upgrade_risk::reports {
namespace {

using testing::occurrences;

const analyzer::Finding& critical_of(const testing::Q195908Fixture& fixture) {
    const analyzer::Finding& finding = fixture.result.findings.front();
    EXPECT_EQ(finding.severity(), analyzer::Severity::critical);
    return finding;
}

TEST(LocalDiagram, DrawsTheSiteItsStoppedConnectorsAndTheFarSide) {
    const testing::Q195908Fixture fixture;
    const std::string svg = local_diagram_svg(fixture.inventory, critical_of(fixture));
    EXPECT_TRUE(svg.starts_with("<svg class=\"local-diagram\" aria-hidden=\"true\""));
    EXPECT_NE(svg.find(">Site Redmond</text>"), std::string::npos);
    EXPECT_NE(svg.find(">CRITICAL: SERVERA backs out</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Redmond-Paris DRC stops</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Site Paris</text>"), std::string::npos);
    EXPECT_EQ(occurrences(svg, "class=\"local-far\""), 1u);
}

TEST(LocalDiagram, ABridgeheadOfManyConnectorsDrawsSixRowsAndCountsTheRest) {
    testing::Q195908Fixture fixture;
    analyzer::Finding finding = critical_of(fixture);
    analyzer::Impact impact = *finding.impact;
    impact.connectors.assign(9, impact.connectors.front());
    finding.impact = std::make_shared<const analyzer::Impact>(impact);
    const std::string svg = local_diagram_svg(fixture.inventory, finding);
    EXPECT_EQ(occurrences(svg, "class=\"local-far\""), 6u);
    EXPECT_EQ(occurrences(svg, "class=\"local-stop\""), 6u);
    EXPECT_EQ(occurrences(svg, ">Redmond-Paris DRC stops</text>"), 5u);
    EXPECT_NE(svg.find(">and 4 more connectors</text>"), std::string::npos);
}

TEST(LocalDiagram, AFindingThatCutsNothingOffHasNone) {
    const testing::Q195908Fixture fixture;
    const analyzer::Finding& high = fixture.result.findings[1];
    ASSERT_FALSE(high.impact);
    EXPECT_EQ(local_diagram_svg(fixture.inventory, high), "");
}

TEST(LocalDiagram, EachCriticalCardCarriesItsOwn) {
    const testing::Q195908Fixture fixture;
    const std::string html = testing::html_page(ReportInput{fixture.inventory, fixture.result, fixture.context});
    EXPECT_EQ(occurrences(html, "<figure class=\"local-figure\">"), 1u);
    const auto card = html.find("<article id=\"finding-1\"");
    EXPECT_LT(card, html.find("<svg class=\"local-diagram\""));
    EXPECT_LT(html.find("<svg class=\"local-diagram\""), html.find("<article id=\"finding-2\""));
}

}  // namespace
}  // namespace upgrade_risk::reports
