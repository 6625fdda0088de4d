#include "reports/markdown_report.h"

#include <gtest/gtest.h>

#include "analyzer/names.h"
#include "reports/report_format.h"
#include "tests/reports/large_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

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

TEST(MarkdownReport, ALargeOrganizationGetsATicketSizedSummary) {
    const testing::LargeFixture large(40, true);
    const RenderOutcome outcome =
        render_to_string(render_markdown, ReportInput{large.inventory, large.result, large.context});
    ASSERT_FALSE(outcome.error);
    const std::string& md = outcome.content;
    // 40 critical, 40 high (no backup of the bridgeheads) and 40 low findings.
    EXPECT_NE(md.find("\n| 50 | "), std::string::npos);
    EXPECT_EQ(md.find("\n| 51 | "), std::string::npos);
    EXPECT_NE(md.find("The table lists the first 50 findings; the other 70 are not shown here: every "
                      "one is in the HTML, JSON and CSV reports. All 120, by rule:\n\n"
                      "| Severity | Rule | Findings |\n|---|---|---:|\n"
                      "| critical | `backout-breaks-intersite-replication` | 40 |\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("\nand 15 more critical servers: every one is in the HTML, JSON and CSV reports.\n"),
              std::string::npos);
    EXPECT_NE(md.find(". Fix or sign off the other 55 critical and high findings, with the ways out "
                      "their cards give in the HTML report.\n"),
              std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
