// The per-wave view (issue 15) with the servers from 4.0 and 5.0 each wave upgrades (Q179258):
// the facts, and how the text, Markdown, JSON and HTML reports show them.
#include "reports/wave_facts.h"

#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/text_report.h"
#include "tests/analyzer/test_inventory.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;

/// An inventory whose rollout has `count` waves W1, W2, ... of one 5.0 server each; the first
/// `dated` of them start at the same time, the others have no start.
std::string one_server_waves(int count, int dated) {
    std::string servers;
    std::string waves;
    for (int i = 1; i <= count; ++i) {
        const std::string name = "S" + std::to_string(i);
        servers += testing::server(name, "5.0", 1);
        std::string wave = testing::wave("W" + std::to_string(i), name);
        if (i <= dated) wave.insert(wave.find('>'), " start=\"1999-04-21T20:00:00Z\"");
        waves += wave;
    }
    return testing::inventory_xml(testing::site("Site", servers), testing::rollout(waves));
}

TEST(WaveFacts, CountServersByVersionFindingsMovesAndBlockedServers) {
    const auto sample = testing::analyze_source_file("inventory/examples/contoso.xml", "contoso.xml");
    const std::vector<WaveFacts> waves = wave_facts(sample.inventory, sample.result);
    ASSERT_EQ(waves.size(), 4u);
    const WaveFacts& last = waves[3];
    EXPECT_EQ(last.servers, 7u);
    EXPECT_EQ(last.from_4_0, 5u);
    EXPECT_EQ(last.from_5_0, 2u);
    EXPECT_EQ(last.moves, 1u);
    EXPECT_EQ(last.blocked, 2u);
    EXPECT_EQ(last.findings_of(Severity::critical), 2u);
    EXPECT_EQ(wave_servers_text(last), "7 servers (5 from 4.0, 2 from 5.0)");
    EXPECT_EQ(wave_findings_text(last), "2 critical, 3 high, 1 medium, 3 low");
    EXPECT_EQ(wave_blocked_text(last), "2 critical servers lack a recovery prerequisite");
    EXPECT_EQ(waves[0].blocked, 0u);
    EXPECT_EQ(wave_blocked_text(waves[0]), "");
}

TEST(WaveFacts, EveryReportShowsTheWaves) {
    const auto sample = testing::analyze_source_file("inventory/examples/q195908.xml", "q195908.xml");
    const std::string text = render_to_string(render_text, sample.input()).content;
    EXPECT_NE(text.find("Waves (an upgrade from 4.0 takes about twice as long as one from 5.0: Q179258)\n"
                        "  Wave 1 (1999-04-21T20:00:00Z): 1 server (1 from 4.0); 1 critical, 1 high, 1 medium; "
                        "BLOCKED: 1 critical server lacks a recovery prerequisite\n"),
              std::string::npos)
        << text;
    const std::string markdown = render_to_string(render_markdown, sample.input()).content;
    EXPECT_NE(markdown.find("| Wave 1 | 1999-04-21T20:00:00Z | 1 server (1 from 4.0) | 1 critical, 1 high, "
                            "1 medium | 0 | **yes**: 1 critical server lacks a recovery prerequisite |"),
              std::string::npos)
        << markdown;
    const std::string json = render_to_string(render_json, sample.input()).content;
    EXPECT_NE(json.find("\"servers\": 1,\n        \"from_4_0\": 1,\n        \"from_5_0\": 0"), std::string::npos)
        << json;
    EXPECT_NE(json.find("\"blocked\": true,\n        \"blocked_servers\": 1"), std::string::npos) << json;
    const std::string html = render_to_string(render_html, sample.input()).content;
    EXPECT_NE(html.find("<section id=\"waves\""), std::string::npos);
    EXPECT_NE(html.find("<svg class=\"timeline\""), std::string::npos);
    EXPECT_NE(html.find("<strong>BLOCKED</strong>: 1 critical server lacks a recovery prerequisite"),
              std::string::npos);
    // Its one wave has a start: the caption must not say otherwise.
    EXPECT_NE(html.find("<figcaption>The waves in the order they run. Shape"), std::string::npos);
}

TEST(WaveFacts, ALongRolloutIsListedInPartWithWhereTheRestIs) {
    const auto inventory = testing::load(one_server_waves(25, 0));
    const analyzer::AnalysisResult result = analyzer::analyze(inventory, analyzer::AnalysisOptions{});
    const ReportContext context = make_report_context();
    const ReportInput input{inventory, result, context};
    const std::string text = render_to_string(render_text, input).content;
    EXPECT_NE(text.find("  W20 (no start given): 1 server (1 from 5.0); no finding\n"
                        "  and 5 more waves: the JSON report lists them all (rollout.waves)\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("  W21 "), std::string::npos);
    const std::string html = render_to_string(render_html, input).content;
    EXPECT_NE(html.find("The waves in the order they run (not every wave has a start to place it by)"),
              std::string::npos);
}

TEST(WaveFacts, TheTimelineCaptionSpeaksOfTheWavesItDraws) {
    // 41 waves: the 40 drawn all start at the same time, the 41st has no start. The picture
    // places the 40 in order because their starts span no time, not for want of a start.
    const auto inventory = testing::load(one_server_waves(41, 40));
    const analyzer::AnalysisResult result = analyzer::analyze(inventory, analyzer::AnalysisOptions{});
    const ReportContext context = make_report_context();
    const std::string html = render_to_string(render_html, ReportInput{inventory, result, context}).content;
    EXPECT_NE(html.find("<figcaption>The waves in the order they run; the first 40 of 41 are drawn. Shape"),
              std::string::npos)
        << html.substr(html.find("<figcaption>"), 200);
}

}  // namespace
}  // namespace upgrade_risk::reports
