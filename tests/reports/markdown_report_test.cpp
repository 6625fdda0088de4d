#include "reports/markdown_report.h"

#include <gtest/gtest.h>

#include "analyzer/names.h"
#include "inventory/text_encoding.h"
#include "reports/markdown_limits.h"
#include "reports/markdown_text.h"
#include "reports/report_format.h"
#include "reports/summary_limits.h"
#include "tests/reports/large_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

/// How many times `text` occurs in `md`.
std::size_t occurrences(const std::string& md, std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = md.find(text); at != std::string::npos; at = md.find(text, at + 1)) ++count;
    return count;
}

/// A list of kListedChangesAtMost long lines, each starting with `start`: fewer are listed, a
/// line counts the others (`and N more ` and `rest`), and "Full reports" says where they are.
void expect_fewer_listed(const std::string& md, std::string_view start, std::string_view rest) {
    const std::size_t listed = occurrences(md, start);
    EXPECT_GT(listed, 0u);
    EXPECT_LT(listed, kListedChangesAtMost);
    EXPECT_NE(md.find("\n- and " + std::to_string(kListedChangesAtMost - listed) + " more " + std::string(rest) +
                      "\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("\n## Full reports\n"), std::string::npos);
}

TEST(MarkdownEscape, MakesInventoryTextInert) {
    EXPECT_EQ(markdown_escape("Paris | R&D"), "Paris \\| R\\&D");
    EXPECT_EQ(markdown_escape("*bold* _x_ `code` [l](u) <b>"), "\\*bold\\* \\_x\\_ \\`code\\` \\[l\\](u) \\<b\\>");
    EXPECT_EQ(markdown_escape("-EVIL"), "\\-EVIL");
    EXPECT_EQ(markdown_escape("a-b"), "a-b");
    EXPECT_EQ(markdown_escape("two\nlines"), "two lines");
    EXPECT_EQ(markdown_escape("back\\slash"), "back\\\\slash");
    // No autolinks out of inventory text: URLs, www. names and e-mail addresses stay text.
    EXPECT_EQ(markdown_escape("https://evil.example/x"), "https\\://evil.example/x");
    EXPECT_EQ(markdown_escape("see WWW.evil.example"), "see WWW\\.evil.example");
    EXPECT_EQ(markdown_escape("admin@evil.example"), "admin\\@evil.example");
    EXPECT_EQ(markdown_escape("09:00 at www"), "09:00 at www");
}

TEST(MarkdownReport, HasVerdictCountsTableCriticalServersAndNextSteps) {
    const auto sample = testing::make_sample_report();
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    EXPECT_NE(md.find("# Exchange upgrade risk: Contoso \\| Europe\n"), std::string::npos) << md;
    EXPECT_NE(md.find("**Verdict: no-go** — SERVERA (Wave 1 \\<night\\>) would stop intersite"),
              std::string::npos);
    EXPECT_NE(md.find("| 1 | 5 | 2 | 0 | 0 |"), std::string::npos);
    EXPECT_NE(md.find("| 1 | critical | `backout-breaks-intersite-replication` | Wave 1 \\<night\\> | "
                      "Redmond | SERVERA | 8 |"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("| 3 | high | `backout-blocks-user-creation` | Wave 1 \\<night\\> | "
                      "Paris, \"Left Bank\" \\| R\\&D | \\-EVIL=1+1 | 14 |"),
              std::string::npos);
    EXPECT_NE(md.find("### SERVERA (site Redmond, Wave 1 \\<night\\>)"), std::string::npos);
    EXPECT_NE(md.find("- Cut off if its backout fails: Paris, \"Left Bank\" \\| R\\&D (1 server, "
                      "150 mailboxes)"),
              std::string::npos);
    EXPECT_NE(md.find("- [ ] `prereq-authrest-kit`: "), std::string::npos);
    EXPECT_NE(md.find("[Q254188](https://support.microsoft.com/kb/254188)"), std::string::npos);
    EXPECT_NE(md.find("## Next steps\n\n1. Do not start the rollout"), std::string::npos);
    // Each serious finding's ways out, in one step; the same advice for another site is repeated.
    const std::size_t evil = md.find("\n6. \\-EVIL=1+1 (`backout-blocks-user-creation`): If the upgrade of "
                                     "-EVIL=1+1 fails");
    ASSERT_NE(evil, std::string::npos) << md;
    EXPECT_LT(md.find("proxy address generators", evil), md.find("\n7. ", evil));
    EXPECT_EQ(md.find("Changes since the last review"), std::string::npos);
}

TEST(MarkdownReport, NamesTheSitesCutOffAsASentence) {
    auto sample = testing::make_sample_report();
    analyzer::Finding& critical = sample.result.findings.front();
    ASSERT_TRUE(critical.impact);
    analyzer::Impact impact = *critical.impact;
    // The fixture's three sites, renamed; the report spells what the inventory spells.
    ASSERT_EQ(sample.inventory.sites.size(), 3u);
    sample.inventory.sites[0].name = "Oslo";
    sample.inventory.sites[1].name = "Paris*";
    sample.inventory.sites[2].name = "Rome";
    impact.sites_cut_off = {0, 1, 2};
    impact.sites_cut_off_count = 5;
    critical.impact = std::make_shared<const analyzer::Impact>(impact);
    const auto cut_off_line = [&] {
        const std::string md = render_to_string(render_markdown, sample.input()).content;
        const auto start = md.find("- Cut off if its backout fails: ");
        return start == std::string::npos ? md : md.substr(start, md.find('\n', start) - start);
    };
    EXPECT_EQ(cut_off_line().substr(0, 70),
              "- Cut off if its backout fails: Oslo, Paris\\*, Rome and 2 more sites (");
    impact.sites_cut_off = {0, 2};
    impact.sites_cut_off_count = 2;
    ASSERT_EQ(sample.inventory.replication_connectors.size(), 1u);
    sample.inventory.replication_connectors[0].name = "DRC-1";
    impact.connectors = {0, 0, 0};
    critical.impact = std::make_shared<const analyzer::Impact>(impact);
    EXPECT_EQ(cut_off_line(), "- Cut off if its backout fails: Oslo and Rome (" +
                                  analyzer::count_of(impact.servers_cut_off, "server") + ", " +
                                  analyzer::count_of(impact.mailboxes_cut_off, "mailbox") +
                                  ") through DRC-1, DRC-1 and DRC-1");
    // Past ten names, the rest are counted: sites and connectors alike.
    impact.sites_cut_off = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
    impact.sites_cut_off_count = 15;
    impact.connectors.assign(12, 0);
    critical.impact = std::make_shared<const analyzer::Impact>(impact);
    EXPECT_EQ(cut_off_line(), "- Cut off if its backout fails: Oslo, Paris\\*, Rome, Oslo, Paris\\*, Rome, Oslo, "
                              "Paris\\*, Rome, Oslo and 5 more sites (" +
                                  analyzer::count_of(impact.servers_cut_off, "server") + ", " +
                                  analyzer::count_of(impact.mailboxes_cut_off, "mailbox") +
                                  ") through DRC-1, DRC-1, DRC-1, DRC-1, DRC-1, DRC-1, DRC-1, DRC-1, DRC-1, "
                                  "DRC-1 and 2 more connectors");
}

TEST(MarkdownReport, ChecksSatisfiedPrerequisites) {
    const auto sample = testing::analyze_fixture("awkward-names-ready.xml");
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    EXPECT_NE(md.find("- [x] `prereq-authrest-kit`: "), std::string::npos) << md;
    EXPECT_NE(md.find("- [x] `prereq-install-kit`: "), std::string::npos) << md;
}

TEST(MarkdownReport, SaysWhatChangedSinceTheBaseline) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    EXPECT_NE(md.find("## Changes since the last review\n\nCompared with previous.json (1999-04-13T09:00:00Z): "
                      "4 new, 4 unchanged, 2 resolved."),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("- Resolved: If SERVERA's upgrade in Wave 1 \\<night\\> fails and is backed out, no "
                      "new users can be created in site Redmond."),
              std::string::npos);
    EXPECT_NE(md.find("| 1 | new | critical |"), std::string::npos);
    EXPECT_NE(md.find("| 2 | unchanged | high |"), std::string::npos);
}

TEST(MarkdownReport, ListsTheResolvedFindingsThatFitInTheirShare) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    auto& resolved = sample.context.baseline->resolved;
    ASSERT_FALSE(resolved.empty());
    resolved.resize(kListedChangesAtMost, resolved.front());
    for (BaselineFinding& finding : resolved) finding.title = std::string(300, 'x');
    expect_fewer_listed(render_to_string(render_markdown, sample.input()).content, "\n- Resolved: ",
                        "resolved: the HTML and JSON reports list them all");
}

TEST(MarkdownReport, ListsThePlansDecisionsThatFitInTheirShare) {
    auto sample = testing::make_sample_report();
    analyzer::plan::PlanComparison plan;
    plan.decisions.assign(kListedChangesAtMost, "Redmond: " + std::string(300, 'x'));
    sample.context.plan = plan;
    expect_fewer_listed(render_to_string(render_markdown, sample.input()).content, "\n- Redmond: x",
                        "decisions: every one is in the HTML and JSON reports.");
}

TEST(MarkdownReport, ALargeOrganizationGetsATicketSizedSummary) {
    const testing::LargeFixture large;  // 1 critical, 1 high and 300 low findings: short rows
    const std::string md =
        render_to_string(render_markdown, ReportInput{large.inventory, large.result, large.context}).content;
    EXPECT_NE(md.find("\n| 50 | "), std::string::npos);
    EXPECT_EQ(md.find("\n| 51 | "), std::string::npos);
    EXPECT_NE(md.find("The table lists the first 50 findings; the other 252 are not shown here: every "
                      "one is in the HTML, JSON and CSV reports. All 302, by rule:\n\n"
                      "| Severity | Rule | Findings |\n|---|---|---:|\n"
                      "| critical | `backout-breaks-intersite-replication` | 1 |\n"),
              std::string::npos)
        << md;
}

TEST(MarkdownReport, EachListStopsWhereItsShareEndsAndCountsTheRest) {
    // 40 critical, 40 high (no backup of the bridgeheads) and 40 low findings: long rows.
    const testing::LargeFixture large(40, true);
    const std::string md =
        render_to_string(render_markdown, ReportInput{large.inventory, large.result, large.context}).content;
    std::size_t rows = 0;  // the findings table numbers its rows from 1
    while (md.find("\n| " + std::to_string(rows + 1) + " | ") != std::string::npos) ++rows;
    ASSERT_GT(rows, 0u);
    EXPECT_LT(rows, kListedFindingsAtMost);
    EXPECT_NE(md.find("The table lists the first " + std::to_string(rows) + " findings; the other " +
                      std::to_string(120 - rows) + " are not shown here: every one is in the HTML, JSON "
                      "and CSV reports. All 120, by rule:\n"),
              std::string::npos)
        << md;
    const std::size_t servers = occurrences(md, "\n### ");
    ASSERT_GT(servers, 0u);
    EXPECT_LT(servers, kDetailedCriticalAtMost);
    EXPECT_NE(md.find("\nand " + std::to_string(40 - servers) +
                      " more critical servers: every one is in the HTML, JSON and CSV reports.\n"),
              std::string::npos);
    // 80 critical and high findings: fewer than the 25 that could have a step get one.
    const std::size_t other = md.find(". Fix or sign off the other ");
    ASSERT_NE(other, std::string::npos);
    EXPECT_GT(std::stoul(md.substr(other + 28)), 80 - kDetailedCriticalAtMost);
    EXPECT_NE(md.find("\n## Full reports\n"), std::string::npos);
}

TEST(MarkdownReport, CutsLongNamesByCharacters) {
    auto sample = testing::make_sample_report();
    const analyzer::Finding& critical = sample.result.findings.front();
    ASSERT_TRUE(critical.site);
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += "é";  // 100 characters, 200 bytes
    sample.inventory.sites[*critical.site].name = long_name;
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    const std::string shown = long_name.substr(0, 2 * kMarkdownNameAtMost) + "…";
    EXPECT_NE(md.find(" | " + shown + " | SERVERA | "), std::string::npos) << md;
    EXPECT_NE(md.find("### SERVERA (site " + shown + ", "), std::string::npos) << md;
    EXPECT_EQ(md.find(long_name.substr(0, 2 * kMarkdownNameAtMost + 2)), std::string::npos);
}

TEST(MarkdownReport, LongNamesAndManyFindingsStayWithinTheLimit) {
    // 400 sites, each bridgehead exposed, every name 60 characters, accented: 1,200 findings.
    const testing::LargeFixture large(400, true, 60);
    const std::string md =
        render_to_string(render_markdown, ReportInput{large.inventory, large.result, large.context}).content;
    EXPECT_LE(inventory::code_points(md), kMarkdownAtMost);
    EXPECT_GT(md.size(), inventory::code_points(md));
    EXPECT_NE(md.find("**Verdict: no-go**"), std::string::npos);
    EXPECT_NE(md.find("|---:|---:|---:|---:|---:|\n| 400 | 400 | 0 | 400 | 0 |\n"), std::string::npos) << md;
    // Names of 60 characters are shown whole.
    EXPECT_NE(md.find("### " + large.inventory.servers[0].name + " (site " + large.inventory.sites[0].name),
              std::string::npos);
    // Each list says what it leaves out, and the end says where everything is.
    EXPECT_NE(md.find("The table lists the first "), std::string::npos);
    EXPECT_NE(md.find(" more critical servers: every one is in the HTML, JSON and CSV reports.\n"),
              std::string::npos);
    EXPECT_NE(md.find("\n## Full reports\n\nSome lists above stop early"), std::string::npos);
    EXPECT_TRUE(md.ends_with("`upgrade-risk analyze large.xml --html upgrade-risk-report.html --json "
                             "upgrade-risk-report.json -o csv=upgrade-risk-report.csv`\n"));
}

TEST(MarkdownReport, PastTheLimitItIsCutAfterAWholeLineAndSaysWhereTheRestIs) {
    const testing::LargeFixture large(40, true);
    const ReportInput input{large.inventory, large.result, large.context};
    const std::string whole = markdown_report(input, kMarkdownAtMost);
    const std::string cut = markdown_report(input, 3'000);
    EXPECT_LE(inventory::code_points(cut), 3'000u);
    const std::size_t note = cut.find("\n**The rest of this summary is cut off here, so that it fits a change "
                                      "ticket: at most 3,000 characters (GitHub takes at most 65,536).** "
                                      "The HTML, JSON and CSV reports of the same run list every finding in "
                                      "full; to write them:\n\n`upgrade-risk analyze large.xml");
    ASSERT_NE(note, std::string::npos) << cut;
    EXPECT_EQ(whole.substr(0, note), cut.substr(0, note));
    EXPECT_EQ(cut[note - 1], '\n');
    EXPECT_NE(cut.find("**Verdict: no-go**"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
