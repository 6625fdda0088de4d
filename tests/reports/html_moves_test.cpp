// The HTML report of a rollout that moves bridgehead roles: the checklist's steps, the roles in
// the inventory tables, and who the checklist watches after the upgrade.
#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "reports/report_format.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

std::string render_golden(const std::string& name) {
    const auto sample = testing::analyze_source_file("tests/golden/" + name + "/inventory.xml", "inventory.xml");
    const RenderOutcome outcome = render_to_string(render_html, sample.input());
    EXPECT_FALSE(outcome.error) << *outcome.error;
    return outcome.content;
}

/// The part of `html` from the first `from` to the next `to` after it.
std::string between(const std::string& html, const std::string& from, const std::string& to) {
    const auto start = html.find(from);
    EXPECT_NE(start, std::string::npos) << from;
    if (start == std::string::npos) return "";
    return html.substr(start, html.find(to, start + from.size()) - start);
}

TEST(HtmlMoves, InventoryTablesShowEachServersPlannedUpgradeAndItsWave) {
    const std::string html = render_golden("bridgehead-move");
    const std::string tables = between(html, "<tr><th scope=\"row\">LON1</th><td>4.0 SP4</td>", "</tbody>");
    EXPECT_NE(tables.find("<td>5.5 SP2 in Wave 2</td></tr>"), std::string::npos) << tables;
    EXPECT_NE(tables.find("<tr><th scope=\"row\">LON2</th><td>4.0 SP4</td>"), std::string::npos) << tables;
    EXPECT_NE(tables.find("<td>5.5 SP2 in Wave 1</td></tr>"), std::string::npos) << tables;
    // DUB1 already runs 5.5: not in the rollout.
    const std::string dublin = between(html, "<tr><th scope=\"row\">DUB1</th><td>5.5 SP2</td>", "</tr>");
    EXPECT_NE(dublin.find("not planned"), std::string::npos) << dublin;
}

TEST(HtmlMoves, ChecklistListsAWavesMovesBeforeItsUpgrades) {
    const std::string html = render_golden("bridgehead-move");
    const std::string wave1 = between(html, "<h3>Wave 1 ", "<h3>");
    const std::string wave2 = between(html, "<h3>Wave 2 ", "</section>");
    const std::string step =
        "<li><span class=\"box\" aria-hidden=\"true\">&#x2610;</span> Before Wave 2&apos;s upgrades: move "
        "the bridgehead role of London-Dublin DRC in site London from LON1 to LON2, off-hours; let "
        "replication settle (Q254188)</li>";
    EXPECT_EQ(wave1.find("move the bridgehead role"), std::string::npos);
    const auto at = wave2.find(step);
    ASSERT_NE(at, std::string::npos) << wave2;
    EXPECT_LT(at, wave2.find("<h4>LON1 "));
}

TEST(HtmlMoves, ServerTableShowsWhenARoleChangesHands) {
    // The inventory overview's row of each server (the printed checklist has rows too).
    const std::string html = between(render_golden("bridgehead-move"), "<section id=\"overview\"", "</section>");
    EXPECT_NE(between(html, "<th scope=\"row\">LON1</th>", "</tr>")
                  .find("<span class=\"name\">London-Dublin DRC until Wave 2</span>"),
              std::string::npos);
    EXPECT_NE(between(html, "<th scope=\"row\">LON2</th>", "</tr>")
                  .find("<span class=\"name\">London-Dublin DRC from Wave 2</span>"),
              std::string::npos);
    EXPECT_NE(html.find("<td>London (LON1; LON2 from Wave 2)</td><td>Dublin (DUB1)</td>"),
              std::string::npos);
}

TEST(HtmlMoves, ChecklistWatchesTheBridgeheadOfTheUpgradesMoment) {
    // LON1 hands the role to LON3 before Wave 1, its own wave; LON3 goes in Wave 2 holding it.
    const std::string html = render_golden("bridgehead-move-down-level");
    const std::string checklist = html.substr(html.find("<section id=\"checklist\""));
    EXPECT_EQ(checklist.find("Someone watching LON1 "), std::string::npos);
    EXPECT_NE(checklist.find("Someone watching LON3 for events 1091 and 3139"), std::string::npos);
}

TEST(HtmlMoves, ARolloutWithoutMovesHasNoMoveSteps) {
    const std::string html = render_golden("bridgehead-after-peer");
    const std::string checklist = html.substr(html.find("<section id=\"checklist\""));
    EXPECT_EQ(checklist.find("upgrades: move the bridgehead role"), std::string::npos);
    EXPECT_EQ(checklist.find("class=\"ticks moves\""), std::string::npos);
    EXPECT_NE(html.find("<span class=\"name\">London-Dublin DRC</span>"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
