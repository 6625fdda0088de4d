// A rule is the single owner of what is said of it: `rules`, `explain` (its doc page's table),
// SARIF's rule metadata and the findings all agree with the Rule, and a rule cannot emit a
// finding of another rule.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "analyzer/rule_docs.h"
#include "analyzer/cli/commands.h"
#include "analyzer/rule.h"
#include "reports/html_report.h"
#include "reports/kb_link.h"
#include "reports/sarif_report.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::cli {
namespace {

std::string joined(const std::vector<std::string_view>& items) {
    std::string text;
    for (const auto item : items) text += (text.empty() ? "" : ", ") + std::string(item);
    return text;
}

/// The cells of the first row under the "| severity | confidence | KB |" header of a page.
std::vector<std::string> table_row(std::string_view page) {
    const auto header = page.find("| severity | confidence | KB |");
    if (header == std::string_view::npos) return {};
    const auto row = page.find('\n', page.find('\n', header) + 1) + 1;
    const std::string_view line = page.substr(row, page.find('\n', row) - row);
    std::vector<std::string> cells;
    std::size_t start = 1;
    for (std::size_t bar = line.find('|', start); bar != std::string_view::npos;
         start = bar + 1, bar = line.find('|', start)) {
        std::string cell(line.substr(start, bar - start));
        cell.erase(0, cell.find_first_not_of(' '));
        cell.erase(cell.find_last_not_of(' ') + 1);
        cells.push_back(cell);
    }
    return cells;
}

TEST(RuleMetadata, TheDocPageTableSaysWhatTheRuleSays) {
    for (const analyzer::Rule* rule : analyzer::builtin_rules()) {
        const auto doc = std::find_if(analyzer::rule_docs().begin(), analyzer::rule_docs().end(),
                                      [&](const analyzer::RuleDoc& d) { return d.id == rule->id; });
        ASSERT_NE(doc, analyzer::rule_docs().end()) << rule->id;
        const auto cells = table_row(doc->markdown);
        ASSERT_EQ(cells.size(), 3u) << rule->id;
        // The severity cell may add what follows from it ("(and the verdict becomes no-go)").
        EXPECT_EQ(cells[0].substr(0, cells[0].find(' ')), analyzer::to_string(rule->severity)) << rule->id;
        EXPECT_EQ(cells[1], rule->confidence) << rule->id;
        EXPECT_EQ(cells[2], joined(rule->kb)) << rule->id;
    }
}

TEST(RuleMetadata, TheRulesCommandListsWhatTheRuleSays) {
    ::testing::internal::CaptureStdout();
    run_rules();
    const std::string listed = ::testing::internal::GetCapturedStdout();
    for (const analyzer::Rule* rule : analyzer::builtin_rules()) {
        const auto line = listed.find(std::string(rule->id) + "  ");
        ASSERT_NE(line, std::string::npos) << rule->id;
        const std::string entry = listed.substr(line, listed.find("confidence: ", line) - line);
        EXPECT_NE(entry.find(" " + std::string(analyzer::to_string(rule->severity)) + " "),
                  std::string::npos)
            << entry;
        EXPECT_NE(entry.find(rule->summary), std::string::npos) << entry;
        EXPECT_NE(listed.find("confidence: " + std::string(rule->confidence), line), std::string::npos);
    }
}

/// Every rule that fires in the golden cases, with the SARIF that describes it.
TEST(RuleMetadata, SarifDescribesEachRuleAsTheRuleDoesAndFindingsCarryItsSeverity) {
    std::set<std::string_view> seen;
    const std::filesystem::path golden = std::filesystem::path(UPGRADE_RISK_SOURCE_DIR) / "tests/golden";
    for (const auto& entry : std::filesystem::directory_iterator(golden)) {
        if (!std::filesystem::exists(entry.path() / "inventory.xml")) continue;
        const auto relative = std::filesystem::relative(entry.path() / "inventory.xml", UPGRADE_RISK_SOURCE_DIR);
        const auto sample = testing::analyze_source_file(relative.string(), "inventory.xml");
        const std::string sarif = reports::render_to_string(reports::render_sarif, sample.input()).content;
        for (const analyzer::Finding& finding : sample.result.findings) {
            const analyzer::Rule& rule = *finding.rule;
            EXPECT_EQ(finding.severity(), rule.severity);
            EXPECT_EQ(&rule, analyzer::find_rule(rule.id));
            EXPECT_EQ(sample.result.title(finding), sample.result.words(finding)->title);
            if (!seen.insert(rule.id).second) continue;
            const std::string described =
                "\"id\": \"" + std::string(rule.id) + "\",\n" +
                "              \"name\": \"";
            const auto at = sarif.find(described);
            ASSERT_NE(at, std::string::npos) << rule.id;
            const std::string block = sarif.substr(at, sarif.find("\n            }", at) - at);
            EXPECT_NE(block.find("\"shortDescription\": {\n                \"text\": \"" +
                                 std::string(rule.summary) + "\""),
                      std::string::npos)
                << block;
            EXPECT_NE(block.find("\"helpUri\": \"" + reports::kb_url(rule.kb.front()) + "\""),
                      std::string::npos)
                << block;
            EXPECT_NE(block.find("\"severity\": \"" + std::string(analyzer::to_string(rule.severity)) + "\""),
                      std::string::npos)
                << block;
            EXPECT_NE(block.find("\"confidence\": \"" + std::string(rule.confidence) + "\""),
                      std::string::npos)
                << block;
        }
    }
    // The golden cases exercise every rule, so each is checked.
    EXPECT_EQ(seen.size(), analyzer::builtin_rules().size());
}

TEST(RuleMetadata, TheHtmlSaysWhyItMattersInTheWordsOfTheDocPage) {
    const auto why = analyzer::rule_doc_section("backout-breaks-intersite-replication", "Why it matters");
    ASSERT_EQ(why.size(), 4u);
    EXPECT_EQ(why.back().substr(0, 45), "The 4.0 -> 5.0 case is not described by any a");
    EXPECT_NE(why[1].find("in the JSON, impact and sites_cut_off_count"), std::string::npos) << why[1];
    const auto sample = testing::analyze_source_file("inventory/examples/q195908.xml", "q195908.xml");
    const std::string html = reports::render_to_string(reports::render_html, sample.input()).content;
    EXPECT_NE(html.find("<p>" + why[2] + "</p>"), std::string::npos);
    EXPECT_TRUE(analyzer::rule_doc_section("backout-breaks-intersite-replication", "No such").empty());
}

TEST(FindingSink, StampsEveryFindingWithItsOwnRule) {
    const analyzer::Rule& owner = *analyzer::find_rule("backout-misreports-version");
    const analyzer::Rule& other = *analyzer::find_rule("backout-breaks-intersite-replication");
    std::vector<analyzer::Finding> findings;
    analyzer::FindingSink sink(owner, findings);
    analyzer::Finding finding;
    finding.rule = &other;  // a rule trying to pass its finding off as another's
    sink.emit(std::move(finding));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule_id(), "backout-misreports-version");
    EXPECT_EQ(findings[0].severity(), analyzer::Severity::low);
}

}  // namespace
}  // namespace upgrade_risk::cli
