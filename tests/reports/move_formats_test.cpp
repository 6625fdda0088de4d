// The finding-list formats (SARIF, CSV, Markdown) on a rollout that moves bridgehead roles:
// tests/reports/fixtures/awkward-moves.xml moves Redmond-Paris DRC [main] to SERVERB in Redmond
// (line 35) and to "|PAR2 *x*" in Paris (line 36) before Wave 1 <night>.
#include <string>

#include <gtest/gtest.h>

#include "reports/csv_report.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

/// The fixture's report in one format.
std::string rendered(RenderFunction render) {
    const auto sample = testing::analyze_fixture("awkward-moves.xml");
    return render_to_string(render, sample.input()).content;
}

TEST(MoveFormats, SarifDescribesTheMoveRuleFromItsPageAndPointsAtTheMove) {
    const std::string sarif = rendered(render_sarif);
    const auto rule = sarif.find("\"id\": \"move-bridgehead-full-replication\"");
    ASSERT_NE(rule, std::string::npos) << sarif;
    const auto help = sarif.find("\"help\": {\n", rule);
    ASSERT_LT(help, sarif.find("\"id\": ", rule + 1));
    EXPECT_NE(sarif.find("\"text\": \"Every <move-bridgehead> of the rollout", help), std::string::npos);
    EXPECT_NE(sarif.find("\"markdown\": \"# move-bridgehead-full-replication\\n", help), std::string::npos);
    const auto result = sarif.find("\"ruleId\": \"move-bridgehead-full-replication\"");
    ASSERT_NE(result, std::string::npos);
    EXPECT_NE(sarif.find("\"startLine\": 36,\n                  \"startColumn\": 7", result), std::string::npos)
        << sarif.substr(result, 1500);
}

TEST(MoveFormats, CsvGivesEachMoveARowWithItsConnectorAndLine) {
    const std::string csv = rendered(render_csv);
    EXPECT_NE(csv.find("\r\n,low,documented,move-bridgehead-full-replication,Moving the bridgehead "
                       "role of Redmond-Paris DRC [main] in site Redmond from SERVERA to SERVERB "
                       "before Wave 1 <night> makes both ends re-replicate their whole directory "
                       "through Redmond-Paris DRC [main].,Wave 1 <night>,Redmond,SERVERB,"
                       "Redmond-Paris DRC [main],Q254188,35,7,"),
              std::string::npos)
        << csv;
}

TEST(MoveFormats, MarkdownListsAWavesMovesOnOneLine) {
    const std::string md = rendered(render_markdown);
    EXPECT_NE(md.find("## Bridgehead moves\n\n- Before Wave 1 \\<night\\>'s upgrades: move the bridgehead "
                      "role of Redmond-Paris DRC \\[main\\] in site Redmond from SERVERA to SERVERB and "
                      "that of Redmond-Paris DRC \\[main\\] in site Paris, \"Left Bank\" \\| R\\&D from "
                      "\\-EVIL=1+1 to \\|PAR2 \\*x\\*, off-hours; let replication settle "
                      "([Q254188](https://support.microsoft.com/kb/254188)).\n\n"),
              std::string::npos)
        << md;
    EXPECT_LT(md.find("## Bridgehead moves"), md.find("## Next steps"));
}

TEST(MoveFormats, MarkdownNamesTenMovesOfAWaveAndCountsTheRest) {
    auto sample = testing::analyze_fixture("awkward-moves.xml");
    ASSERT_TRUE(sample.inventory.rollout);
    std::vector<inventory::BridgeheadMove>& moves = sample.inventory.rollout->waves[0].moves;
    ASSERT_EQ(moves.size(), 2u);
    while (moves.size() < 12) moves.push_back(moves[moves.size() % 2]);
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    const std::size_t start = md.find("- Before Wave 1 \\<night\\>'s upgrades: move the bridgehead role of ");
    ASSERT_NE(start, std::string::npos) << md;
    const std::string line = md.substr(start, md.find('\n', start) - start);
    std::size_t named = 1;
    for (std::size_t at = line.find("that of "); at != std::string::npos; at = line.find("that of ", at + 1)) ++named;
    EXPECT_EQ(named, 10u) << line;
    EXPECT_TRUE(line.ends_with("; and 2 more moves in this wave: the JSON report lists them all (`rollout.waves`)."))
        << line;
    EXPECT_NE(md.find("\n## Full reports\n"), std::string::npos);
}

TEST(MoveFormats, MarkdownWithoutMovesHasNoMovesSection) {
    const auto sample = testing::make_sample_report();
    const std::string md = render_to_string(render_markdown, sample.input()).content;
    EXPECT_EQ(md.find("Bridgehead moves"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
