// What the HTML page prints (templates/style.css, @media print): the findings summed up by
// rule and by site, the first critical cards, and a small checklist's other servers as rows.
// tests/tools/check-html-report.mjs prints the examples in Chromium and counts the pages.
#include <string>

#include <gtest/gtest.h>

#include "reports/html_data.h"
#include "reports/rule_counts.h"
#include "tests/reports/html_page.h"
#include "tests/reports/large_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using testing::html_page;
using testing::occurrences;

/// The part of `html` from `start` to the next `end`.
std::string part(const std::string& html, const std::string& start, const std::string& end) {
    const auto from = html.find(start);
    EXPECT_NE(from, std::string::npos) << start;
    return from == std::string::npos ? "" : html.substr(from, html.find(end, from) - from);
}

TEST(PrintedPage, SumsTheFindingsUpByRuleWithTheSitesEachIsAbout) {
    const auto contoso = testing::analyze_source_file("inventory/examples/contoso.xml", "contoso.xml");
    const std::string by_rule = part(html_page(contoso.input()), "<table class=\"by-rule\">", "</table>");
    EXPECT_NE(by_rule.find("<caption>22 findings by rule</caption>"), std::string::npos);
    // Worst first, a row per rule: its summary, its count, the sites with the most of it first.
    EXPECT_LT(by_rule.find("backout-breaks-intersite-replication"), by_rule.find("backout-blocks-user-creation"));
    EXPECT_NE(by_rule.find("<code>backout-blocks-user-creation</code>: A backout in a site with no 5.5 server "
                           "would block creating users there</td><td class=\"num\">6</td>"
                           "<td>Dallas (2), Portland, Denver, Boston and Sydney</td>"),
              std::string::npos);
    EXPECT_EQ(occurrences(by_rule, "<tr class=\"sev-"), 7u);
}

TEST(PrintedPage, SumsTheFindingsUpBySiteMostSevereFirst) {
    const auto contoso = testing::analyze_source_file("inventory/examples/contoso.xml", "contoso.xml");
    const std::string by_site = part(html_page(contoso.input()), "<table class=\"by-site\">", "</table>");
    EXPECT_NE(by_site.find("<caption>Every site with findings, the most severe first</caption>"), std::string::npos);
    EXPECT_NE(by_site.find("<tbody>\n<tr><th scope=\"row\">Seattle</th><td class=\"num\">1</td><td class=\"num\">1"
                           "</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td>"
                           "<td class=\"num\">3</td></tr>"),
              std::string::npos);
    // Sites without findings (Paris, Toronto) have no row.
    EXPECT_EQ(occurrences(by_site, "<tr><th scope=\"row\">"), 10u);
    EXPECT_EQ(by_site.find("Toronto"), std::string::npos);
}

TEST(PrintedPage, CountsSitesBeyondTheListedOnes) {
    const testing::LargeFixture large(40, /*every_bridgehead=*/true);
    const std::vector<SiteCount> sites = count_by_site(large.result.findings, large.inventory.sites.size());
    ASSERT_GT(sites.size(), kPrintedSitesAtMost);
    for (std::size_t i = 1; i < sites.size(); ++i) EXPECT_GE(sites[i - 1].by_severity, sites[i].by_severity);
    const std::string html = html_page(ReportInput{large.inventory, large.result, large.context});
    const std::string by_site = part(html, "<table class=\"by-site\">", "</table>");
    EXPECT_NE(by_site.find("<caption>The 15 of " + std::to_string(sites.size()) +
                           " sites with findings that have the most severe ones</caption>"),
              std::string::npos);
    EXPECT_EQ(occurrences(by_site, "<tr><th scope=\"row\">"), kPrintedSitesAtMost);
    // A rule about more sites than a row names counts the rest.
    const std::string by_rule = part(html, "<table class=\"by-rule\">", "</table>");
    const std::size_t more = sites.size() - 5;
    EXPECT_NE(by_rule.find("Site0, Site1, Site2, Site3, Site4 and " + std::to_string(more) + " more sites</td>"), std::string::npos)
        << by_rule;
}

TEST(PrintedPage, KeepsTheFirstTenCriticalCardsAndSaysWhereTheOthersAre) {
    const testing::LargeFixture large(40, /*every_bridgehead=*/true);
    const auto critical = static_cast<std::size_t>(std::count_if(
        large.result.findings.begin(), large.result.findings.end(),
        [](const analyzer::Finding& f) { return f.severity() == analyzer::Severity::critical; }));
    ASSERT_GT(critical, kPrintedCardsAtMost);
    const std::string html = html_page(ReportInput{large.inventory, large.result, large.context});
    EXPECT_EQ(occurrences(html, "class=\"card sev-critical printed\""), kPrintedCardsAtMost);
    EXPECT_EQ(occurrences(html, "class=\"card sev-critical\""), critical - kPrintedCardsAtMost);
    // The first ten cards are the first ten findings.
    EXPECT_NE(html.find("<article id=\"finding-10\" class=\"card sev-critical printed\""), std::string::npos);
    EXPECT_NE(html.find("<article id=\"finding-11\" class=\"card sev-critical\""), std::string::npos);
    EXPECT_NE(html.find("Printed: the first 10 of the " + std::to_string(critical) +
                        " critical findings in full, each with its recovery runbook; the cards and runbooks "
                        "of the other " + std::to_string(critical - 10) + " are in this report on screen"),
              std::string::npos);
    EXPECT_EQ(occurrences(html, "class=\"card sev-low printed\""), 0u);
}

TEST(PrintedPage, ASmallChecklistPrintsItsServersWithoutCriticalFindingsAsRows) {
    const auto contoso = testing::analyze_source_file("inventory/examples/contoso.xml", "contoso.xml");
    const std::string html = html_page(contoso.input());
    const std::string wave2 = part(html, "<h3>Wave 2: Seattle", "<h3>Wave 3");
    // SEA-EX01 is critical: its boxes print. SEA-EX03 is not: its boxes stay on screen, and
    // the printed wave gives it a row.
    EXPECT_NE(wave2.find("<div class=\"wave-server\">\n<h4>SEA-EX01 "), std::string::npos);
    EXPECT_NE(wave2.find("<div class=\"wave-server screen-only\">\n<h4>SEA-EX03 "), std::string::npos);
    const std::string printed = part(wave2, "<div class=\"print-only\">", "</table>");
    EXPECT_NE(printed.find("1 server of Wave 2: Seattle without a critical finding, one row each"), std::string::npos);
    EXPECT_NE(printed.find("<tr><th scope=\"row\">SEA-EX03</th>"), std::string::npos);
    EXPECT_EQ(printed.find("SEA-EX01"), std::string::npos);
}

TEST(PrintedPage, WithoutCriticalFindingsTheHighOnesPrintTheirCards) {
    // Three high findings and no critical one: the conditions the board signs off print in full.
    const auto sample = testing::analyze_source_file("tests/golden/bridgehead-first-order/inventory.xml", "inventory.xml");
    const std::string html = html_page(sample.input());
    EXPECT_EQ(occurrences(html, "class=\"card sev-high printed\""), 3u);
    EXPECT_EQ(occurrences(html, "class=\"card sev-critical"), 0u);
    EXPECT_NE(html.find("Printed: no finding is critical, so the high ones, the conditions to fix or sign off, "
                        "print: the 3 high findings in full."),
              std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
