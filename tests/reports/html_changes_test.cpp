#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

std::string render(const testing::SampleReport& sample) {
    const RenderOutcome outcome = render_to_string(render_html, sample.input());
    EXPECT_FALSE(outcome.error) << *outcome.error;
    return outcome.content;
}

std::string section(const std::string& html, const std::string& id) {
    const auto start = html.find("<section id=\"" + id + "\"");
    if (start == std::string::npos) return "";
    return html.substr(start, html.find("</section>", start) - start);
}

TEST(HtmlChanges, LeftOutWithoutABaseline) {
    const std::string html = render(testing::make_sample_report());
    EXPECT_EQ(html.find("<section id=\"changes\""), std::string::npos);
    EXPECT_EQ(html.find(">Change</th>"), std::string::npos);
}

TEST(HtmlChanges, SaysWhatIsNewAndWhatIsResolvedBetweenSummaryAndFindings) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    const std::string html = render(sample);
    const auto summary = html.find("<section id=\"summary\"");
    const auto changes = html.find("<section id=\"changes\"");
    const auto findings = html.find("<section id=\"findings\"");
    ASSERT_NE(changes, std::string::npos);
    EXPECT_LT(summary, changes);
    EXPECT_LT(changes, findings);

    const std::string text = section(html, "changes");
    EXPECT_NE(text.find("Compared with the report previous.json written 1999-04-13T09:00:00Z: "
                        "<strong>4 new, 4 unchanged, 2 resolved</strong>."),
              std::string::npos)
        << text;
    // The new ones link to their cards: SERVERA's critical finding and its three prerequisites.
    for (const char* anchor : {"#finding-1\"", "#finding-4\"", "#finding-5\"", "#finding-6\""}) {
        EXPECT_NE(text.find(anchor), std::string::npos) << anchor;
    }
    for (const char* anchor : {"#finding-2\"", "#finding-3\"", "#finding-7\"", "#finding-8\""}) {
        EXPECT_EQ(text.find(anchor), std::string::npos) << anchor << " is unchanged, not new";
    }
    EXPECT_NE(text.find("Resolved since then"), std::string::npos);
    EXPECT_NE(text.find("no new users can be created in site Redmond. (<code>backout-blocks-user-creation</code>, "
                        "SERVERA, site Redmond)"),
              std::string::npos)
        << text;
    // Inventory text stays text.
    EXPECT_EQ(text.find("<night>"), std::string::npos);
    EXPECT_NE(text.find("Wave 1 &lt;night&gt;"), std::string::npos);

    const std::string table = section(html, "findings");
    EXPECT_NE(table.find(">Change</th>"), std::string::npos);
    EXPECT_NE(table.find("<td class=\"change-new\">new</td>"), std::string::npos);
    EXPECT_NE(table.find("<td class=\"change-unchanged\">unchanged</td>"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
