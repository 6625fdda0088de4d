#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"

#include "analyzer/rule.h"
#include "reports/report_format.h"
#include "reports/template_embedded.h"
#include "tests/reports/html_page.h"
#include "tests/reports/large_fixture.h"
#include "tests/reports/q195908_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

namespace fs = std::filesystem;
using testing::FixtureNames;
using testing::Q195908Fixture;

std::string render(const Q195908Fixture& fixture) {
    return testing::html_page(ReportInput{fixture.inventory, fixture.result, fixture.context});
}

std::string topology_svg(const std::string& html) {
    const auto start = html.find("<svg class=\"topology\"");
    const auto end = html.find("</svg>", start);
    EXPECT_NE(start, std::string::npos);
    return start == std::string::npos ? "" : html.substr(start, end - start);
}

TEST(HtmlReport, IsRegisteredAsHtml) {
    const ReportFormat* format = find_report_format("html");
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->render, &render_html);
}

TEST(HtmlReport, HasEverySectionInReadingOrder) {
    const std::string html = render(Q195908Fixture());
    std::size_t previous = 0;
    for (const char* id : {"verdict", "summary", "findings", "topology", "details", "checklist",
                           "overview", "references", "method"}) {
        const auto at = html.find(std::string("<section id=\"") + id + "\"");
        ASSERT_NE(at, std::string::npos) << id;
        EXPECT_GT(at, previous) << id << " is out of order";
        previous = at;
    }
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
}

TEST(HtmlReport, HeaderNamesTheInventoryAndRun) {
    const std::string html = render(Q195908Fixture());
    EXPECT_NE(html.find("Upgrade risk: organization <span class=\"name\">Microsoft</span>"),
              std::string::npos);
    const Q195908Fixture fixture;
    ASSERT_EQ(fixture.inventory.sha256.size(), 64u);
    EXPECT_NE(html.find("<code>q195908.xml</code>"), std::string::npos);
    EXPECT_NE(html.find("<code class=\"digest\">" + fixture.inventory.sha256 + "</code>"),
              std::string::npos);
    EXPECT_NE(html.find("<dd>1999-04-20T09:00:00Z</dd>"), std::string::npos);
    EXPECT_NE(html.find("<dd>1999-04-21T00:00:00Z</dd>"), std::string::npos);
    EXPECT_NE(html.find("upgrade-risk 0.1.0"), std::string::npos);
}

TEST(HtmlReport, VerdictComesFirstWithReasonAndNextStep) {
    const std::string html = render(Q195908Fixture());
    const auto verdict = html.find("<section id=\"verdict\" class=\"verdict verdict-no-go\"");
    ASSERT_NE(verdict, std::string::npos);
    EXPECT_NE(html.find("Verdict: NO-GO</h2>"), std::string::npos);
    EXPECT_NE(html.find("<p class=\"verdict-reason\">SERVERA (Wave 1) would stop intersite "
                        "directory replication"),
              std::string::npos);
    EXPECT_NE(html.find("Next step: do not start."), std::string::npos);
    EXPECT_LT(verdict, html.find("<section id=\"summary\""));
}

TEST(HtmlReport, CountsEverySeverityAsTextAndChart) {
    const std::string html = render(Q195908Fixture());
    EXPECT_NE(html.find("<caption>5 findings by severity</caption>"), std::string::npos);
    EXPECT_NE(html.find("> critical</th><td>1</td>"), std::string::npos);
    EXPECT_NE(html.find("> high</th><td>2</td>"), std::string::npos);
    EXPECT_NE(html.find("> info</th><td>0</td>"), std::string::npos);
    EXPECT_NE(html.find("<svg class=\"chart\""), std::string::npos);
    EXPECT_EQ(testing::occurrences(html, "class=\"bar bar-"), 5u);
}

TEST(HtmlReport, FindingsTableLinksToOneCardPerFinding) {
    const std::string html = render(Q195908Fixture());
    for (int i = 1; i <= 5; ++i) {
        const std::string anchor = "finding-" + std::to_string(i);
        EXPECT_EQ(testing::occurrences(html, "href=\"#" + anchor + "\""), 2u) << anchor;
        EXPECT_EQ(testing::occurrences(html, "<article id=\"" + anchor + "\""), 1u) << anchor;
    }
    EXPECT_NE(html.find("<td><code>backout-breaks-intersite-replication</code></td>\n"
                        "<td>SERVERA</td>\n<td>Redmond</td>\n<td>Wave 1</td>\n<td>documented</td>"),
              std::string::npos);
    EXPECT_NE(html.find("<td><span class=\"none\">none</span></td>"), std::string::npos);
}

TEST(HtmlReport, CriticalCardHasImpactPrerequisitesAndMitigations) {
    const std::string html = render(Q195908Fixture());
    EXPECT_NE(html.find("<strong>1 site, 1 server and 150 mailboxes</strong> are cut off from directory "
                        "updates: <span class=\"name\">Paris</span>."),
              std::string::npos);
    EXPECT_NE(html.find("<li class=\"ok\"><span class=\"status\"><span aria-hidden=\"true\">"
                        "\xE2\x9C\x93</span> satisfied:</span> An install kit"),
              std::string::npos);
    EXPECT_NE(html.find("<li class=\"missing\"><span class=\"status\"><span aria-hidden=\"true\">"
                        "\xE2\x9C\x97</span> NOT satisfied:</span> A recent backup"),
              std::string::npos);
    EXPECT_NE(html.find("move the bridgehead role of Redmond-Paris DRC from SERVERA to SERVERB"),
              std::string::npos);
    EXPECT_NE(html.find("<a href=\"https://support.microsoft.com/kb/254188\">Q254188</a>"),
              std::string::npos);
}

TEST(HtmlReport, RunbookUsesTheRealNames) {
    const std::string html = render(Q195908Fixture());
    ASSERT_EQ(testing::occurrences(html, "<div class=\"runbook\">"), 1u);  // Only the critical finding.
    EXPECT_NE(html.find("Uninstall Exchange from <span class=\"name\">SERVERA</span>"),
              std::string::npos);
    EXPECT_NE(html.find("<strong>4.0 SP4</strong> (Service Pack 4)"), std::string::npos);
    EXPECT_NE(html.find("<dt>Organization</dt><dd><kbd>Microsoft</kbd></dd>"), std::string::npos);
    EXPECT_NE(html.find("<dt>Site</dt><dd><kbd>Redmond</kbd></dd>"), std::string::npos);
    EXPECT_NE(html.find("backup taken <strong>1999-04-19T22:00:00Z</strong> (offline, verified)"),
              std::string::npos);
    EXPECT_NE(html.find("<code>\\\\backup\\servera\\dir-19990419</code>"), std::string::npos);
    EXPECT_NE(html.find("from the 4.0 SP4 kit at <code>\\\\media\\exchange\\40sp4</code>"),
              std::string::npos);
    EXPECT_NE(html.find("<pre><code>authrest 1000 1000</code></pre>"), std::string::npos);
    EXPECT_NE(html.find("/o=Microsoft/ou=Redmond/cn=Configuration/cn=Servers/cn=SERVERA/"
                        "cn=Microsoft DSA"),
              std::string::npos);
    EXPECT_NE(html.find("events 1091 and 3139"), std::string::npos);
}

TEST(HtmlReport, ChecklistHasBoxesPerServerPerWave) {
    const std::string html = render(Q195908Fixture());
    const auto checklist = html.substr(html.find("<section id=\"checklist\""));
    EXPECT_NE(checklist.find("<h3>Wave 1 <span class=\"when\">(start: 1999-04-21T20:00:00Z)"),
              std::string::npos);
    EXPECT_NE(checklist.find("<h3>Wave 2 <span class=\"when\">(start: not scheduled)"),
              std::string::npos);
    EXPECT_NE(checklist.find("<h4>SERVERD <span class=\"when\">in site Paris, 4.0 SP3 to 5.5 SP2"),
              std::string::npos);
    EXPECT_NE(checklist.find("Service account and its password for site Redmond"),
              std::string::npos);
    EXPECT_NE(checklist.find("no more than 24 hours before the wave starts (1999-04-21T20:00:00Z)"),
              std::string::npos);
    EXPECT_GE(testing::occurrences(checklist, "&#x2610;"), 3u * 6u);
}

TEST(HtmlReport, OnlyA40ServersChecklistAsksForAuthrest) {
    const auto contoso = testing::analyze_source_file("inventory/examples/contoso.xml", "contoso.xml");
    const RenderOutcome outcome = render_to_string(render_html, contoso.input());
    ASSERT_FALSE(outcome.error) << *outcome.error;
    const std::string& html = outcome.content;
    const auto checklist = html.substr(html.find("<section id=\"checklist\""));
    const auto block_of = [&](const std::string& server) {
        const auto start = checklist.find("<h4>" + server + " ");
        return checklist.substr(start, checklist.find("</ul>", start) - start);
    };
    EXPECT_NE(block_of("PDX-EX01").find("Authrest.exe at hand"), std::string::npos);  // 4.0 SP5
    EXPECT_EQ(block_of("TOR-EX01").find("Authrest"), std::string::npos);              // 5.0 SP1
    EXPECT_NE(block_of("TOR-EX01").find("Install kit 5.0 SP1 at hand"), std::string::npos);
}

TEST(HtmlReport, OverviewAndReferences) {
    const std::string html = render(Q195908Fixture());
    EXPECT_NE(html.find("<tr><th scope=\"row\">SERVERA</th><td>4.0 SP4</td><td></td>"
                        "<td class=\"num\">420</td><td><span class=\"name\">Redmond-Paris DRC"),
              std::string::npos);
    for (const char* kb : {"195908", "169653", "254188", "158336", "201414", "155789"}) {
        EXPECT_NE(html.find(std::string("<li><a href=\"https://support.microsoft.com/kb/") + kb),
                  std::string::npos)
            << kb;
    }
}

TEST(HtmlReport, TopologyDiagramIsInlineSvgWithMarks) {
    const std::string html = render(Q195908Fixture());
    const std::string svg = topology_svg(html);
    EXPECT_EQ(html.find("<?xml"), std::string::npos);
    EXPECT_EQ(html.find("<!DOCTYPE svg"), std::string::npos);
    EXPECT_NE(svg.find(">Site Redmond</text>"), std::string::npos);
    EXPECT_NE(svg.find("CRITICAL: exposed bridgehead SERVERA"), std::string::npos);
    EXPECT_NE(svg.find("CUT OFF if one of these backs out:"), std::string::npos);
    EXPECT_NE(svg.find("DRC: Redmond&#45;Paris DRC"), std::string::npos);
    EXPECT_NE(svg.find("Redmond&#45;Paris X.400"), std::string::npos);
    // Never scaled down below 9 px text: 9/10 of its width in points, plus a pixel.
    EXPECT_NE(svg.find(" style=\"min-width: "), std::string::npos);
}

TEST(HtmlReport, NothingExternalAndNoScripts) {
    const std::string html = render(Q195908Fixture());
    for (const char* forbidden : {"<script", "<link", "<img", "<iframe", "<object", "<embed",
                                  "src=", "@import", "url(", "xlink:href", "@font-face"}) {
        EXPECT_EQ(html.find(forbidden), std::string::npos) << forbidden;
    }
    // The only http:// text is the SVG namespace names, which browsers never fetch.
    EXPECT_EQ(testing::occurrences(html, "http://"), testing::occurrences(html, "xmlns=\"http://www.w3.org/2000/svg\"") +
                                          testing::occurrences(html, "xmlns:xlink=\"http://www.w3.org/1999/xlink\""));
    const std::regex href("href=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator();
         ++it) {
        const std::string target = (*it)[1];
        EXPECT_TRUE(target.starts_with("#") ||
                    std::regex_match(target, std::regex("https://support\\.microsoft\\.com/kb/[0-9]{6}")))
            << target;
    }
}

TEST(HtmlReport, LargeOrganizationOpensOnItsFindings) {
    const testing::LargeFixture large;
    ASSERT_EQ(large.result.counts_by_severity[static_cast<int>(analyzer::Severity::critical)], 1u);
    const RenderOutcome outcome =
        render_to_string(render_html, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    const std::string& html = outcome.content;
    // The critical finding is in the open table and its card; the low ones fold away.
    const auto folded_table = html.find("<details class=\"folded-findings\">");
    ASSERT_NE(folded_table, std::string::npos);
    EXPECT_LT(html.find("<caption>Critical and high findings, by severity"), folded_table);
    EXPECT_NE(html.find("300 more findings of medium, low or informational severity"),
              std::string::npos);
    EXPECT_LT(html.find("<article id=\"finding-1\" class=\"card sev-critical printed\""),
              html.find("<details class=\"folded-cards\">"));
    // Only the neighbourhood of the findings is drawn, and the page says so.
    EXPECT_NE(html.find("only the neighbourhood of the critical and high findings is drawn: 3 sites"), std::string::npos);
    // Every site and the connector list start folded.
    EXPECT_NE(html.find("each one starts folded"), std::string::npos);
    EXPECT_EQ(html.find("<details class=\"site\" open"), std::string::npos);
    EXPECT_NE(html.find("<details class=\"connectors\">"), std::string::npos);
}

TEST(HtmlReport, AVeryLargeOrganizationGetsAPageABrowserCanOpen) {
    // 6,000 servers, 2,001 planned upgrades, 2,000 low findings.
    const testing::LargeFixture large(2000);
    const RenderOutcome outcome =
        render_to_string(render_html, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    const std::string& html = outcome.content;
    // The overview lists sites, not servers.
    EXPECT_NE(html.find("With this many servers the page lists sites only"), std::string::npos);
    EXPECT_NE(html.find("<table class=\"sites\">"), std::string::npos);
    EXPECT_EQ(html.find("<details class=\"site\""), std::string::npos);
    EXPECT_NE(html.find("<tr><th scope=\"row\">Site1999</th><td class=\"num\">3 servers</td>"), std::string::npos);
    // The low findings are counted by rule, one row, not listed; counts are read as numbers.
    EXPECT_NE(html.find("counted by rule"), std::string::npos);
    EXPECT_NE(html.find("2,000 more findings of medium, low or informational severity"),
              std::string::npos);
    EXPECT_NE(html.find(" low</th><td>2,000</td></tr>"), std::string::npos);
    EXPECT_NE(html.find("<td><code>backout-misreports-version</code></td><td class=\"num\">2,000 findings</td>"),
              std::string::npos);
    std::size_t low_rows = 0;
    const std::string low_row = "<tr class=\"sev-low\"><td class=\"sev\">";
    const std::string folded = html.substr(0, html.find("</details>", html.find("<details class=\"folded-findings\">")));
    for (auto at = folded.find(low_row); at != std::string::npos; at = folded.find(low_row, at + 1)) {
        ++low_rows;
    }
    EXPECT_EQ(low_rows, 1u);
    EXPECT_EQ(html.find("<tr class=\"sev-low\">\n<td>"), std::string::npos);  // no finding row
    // Each wave of the checklist starts folded.
    EXPECT_NE(html.find("<details class=\"folded-wave\">\n<summary>2,001 servers <span class=\"screen-only\">(select to show, and to print)</span>"),
              std::string::npos);
}

TEST(HtmlReport, ManyHighFindingsGetARowAndManyCardsStartFolded) {
    testing::LargeFixture large;
    analyzer::AnalysisResult& result = large.result;
    const analyzer::Finding critical = result.findings.front();
    ASSERT_EQ(critical.severity(), analyzer::Severity::critical);
    // A missing directory backup of the same exposure: a high finding.
    analyzer::Finding high = critical;
    high.rule = analyzer::find_rule("prereq-directory-backup");
    high.impact = nullptr;
    high.prerequisites = {critical.prerequisites.front()};
    high.mitigations = {analyzer::Mitigation{analyzer::MitigationKind::provide_directory_backup}};
    const std::vector<analyzer::Finding> original = result.findings;
    const auto render_with = [&](std::size_t criticals, std::size_t highs) {
        result.findings = original;
        for (std::size_t i = 0; i < criticals; ++i)
            result.findings.insert(result.findings.begin(), critical);
        for (std::size_t i = 0; i < highs; ++i)
            result.findings.insert(result.findings.begin() + criticals + 1, high);
        // Counted as the analysis counts them: the reports read the counts, not the list.
        result.counts_by_severity = {};
        for (const analyzer::Finding& finding : result.findings)
            ++result.counts_by_severity[static_cast<int>(finding.severity())];
        return render_to_string(render_html, ReportInput{large.inventory, result, large.context}).content;
    };
    const auto highs = static_cast<std::size_t>(std::count_if(
        original.begin(), original.end(),
        [](const analyzer::Finding& f) { return f.severity() == analyzer::Severity::high; }));
    ASSERT_LT(highs, 500u);
    // 500 high findings and the critical one: a card each, folded but for the critical one,
    // which the page prints.
    const std::string few = render_with(0, 500 - highs);
    EXPECT_EQ(few.find("have no card here"), std::string::npos);
    EXPECT_NE(few.find("<details class=\"folded-cards\">\n<summary>The other 500 cards of critical and high findings"),
              std::string::npos);
    EXPECT_LT(few.find("class=\"card sev-critical printed\""), few.find("<details class=\"folded-cards\">"));
    const std::string many = render_with(0, 501 - highs);
    EXPECT_NE(many.find("The 501 high findings have no card here"), std::string::npos);
    // Only the critical card is left, and one card stays open.
    EXPECT_EQ(many.find("class=\"card sev-high\""), std::string::npos);
    EXPECT_EQ(many.find("cards of critical and high findings"), std::string::npos);
    EXPECT_NE(many.find("class=\"card sev-critical printed\""), std::string::npos);
}

TEST(HtmlReport, OutputIsByteForByteReproducible) {
    EXPECT_EQ(render(Q195908Fixture()), render(Q195908Fixture()));
}

}  // namespace
}  // namespace upgrade_risk::reports
