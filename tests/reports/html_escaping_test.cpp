#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "reports/html_text.h"
#include "tests/reports/q195908_fixture.h"

namespace upgrade_risk::reports {
namespace {

using testing::FixtureNames;
using testing::Q195908Fixture;

/// Every name and free text in the inventory replaced by something that would break out of
/// HTML text, attributes, CDATA, SVG or DOT if it were not escaped.
FixtureNames hostile_names() {
    FixtureNames n;
    n.org = "<script>alert('org')</script>";
    n.redmond = "\"onmouseover=alert(1) x=\"";
    n.paris = "]]><svg onload=alert(2)>";
    n.server_a = "D\"];evil[label=\"";  // the exposed bridgehead: drawn in the diagram
    n.server_b = "B' onfocus='alert(3)";
    n.server_c = "\\N\\G<!--C-->";
    n.server_d = "&amp;<b>A";
    n.drc = "</style><script>drc()</script>\\N\\G<!--C-->";
    n.x400 = "javascript:alert(4)&amp;";
    n.wave1 = "<iframe src=//evil>";
    n.wave2 = "{{org}}";
    n.kit_location = "\\\\kit\\<img src=x onerror=alert(5)>";
    n.backup_location = "\\\\bak\\</code><script>";
    n.free_text = "<a href=\"evil:x\">x</a>";
    return n;
}

class HostileNames : public ::testing::Test {
protected:
    void SetUp() override {
        fixture_.inventory.path = "<path>&amp;.xml";
        const RenderOutcome outcome =
            render_to_string(render_html, ReportInput{fixture_.inventory, fixture_.result, fixture_.context});
        ASSERT_FALSE(outcome.error);
        html_ = outcome.content;
    }
    bool has(const std::string& text) const { return html_.find(text) != std::string::npos; }

    Q195908Fixture fixture_{hostile_names()};
    std::string html_;
};

TEST_F(HostileNames, NoMarkupFromTheInventorySurvives) {
    for (const char* raw : {"<script", "<iframe", "<img", "<b>", "<svg onload", "<!--C",
                            "<a href=\"evil", "</style><", "</code><script", "<path>"}) {
        EXPECT_FALSE(has(raw)) << raw;
    }
    EXPECT_FALSE(has("onmouseover=alert(1) x=\"")) << "attribute break-out";
    EXPECT_FALSE(has("onfocus='alert"));
    EXPECT_FALSE(has("href=\"javascript")) << "inventory text in a URL";
}

TEST_F(HostileNames, ThePrintedPagesHeaderIsACssStringNothingCanEnd) {
    EXPECT_TRUE(has("@top-left { content: \"Upgrade risk: \\3c script\\3e alert(\\27 org\\27 )\\3c /script\\3e "))
        << html_.substr(html_.find("@top-left"), 160);
    EXPECT_EQ(css_string_content("a\"b\\c\n"), "a\\22 b\\5c c\\0a ");
}

TEST_F(HostileNames, NamesAppearEscapedInTextAndRunbook) {
    EXPECT_TRUE(has("&lt;script&gt;alert(&apos;org&apos;)&lt;/script&gt;"));
    EXPECT_TRUE(has("&quot;onmouseover=alert(1) x=&quot;"));
    EXPECT_TRUE(has("&amp;amp;&lt;b&gt;A"));
    EXPECT_TRUE(has("/o=&lt;script&gt;alert(&apos;org&apos;)&lt;/script&gt;/ou=&quot;onmouseover="));
    EXPECT_TRUE(has("<kbd>&lt;script&gt;alert(&apos;org&apos;)&lt;/script&gt;</kbd>"));
    EXPECT_TRUE(has("\\\\bak\\&lt;/code&gt;&lt;script&gt;"));
    EXPECT_TRUE(has("{{org}}")) << "inventory text is never expanded as a template";
    EXPECT_TRUE(has("&lt;path&gt;&amp;amp;.xml"));
}

TEST_F(HostileNames, DiagramLabelsAreEscapedAndLiteral) {
    const auto start = html_.find("<svg class=\"topology\"");
    ASSERT_NE(start, std::string::npos);
    const std::string svg = html_.substr(start, html_.find("</svg>", start) - start);
    // Graphviz shows each name it draws (sites, connectors, exposed bridgeheads) literally: no
    // entity expansion, no \N substitution.
    EXPECT_NE(svg.find("javascript:alert(4)&amp;amp;"), std::string::npos);
    EXPECT_NE(svg.find("&lt;/style&gt;&lt;script&gt;drc()&lt;/script&gt;\\N\\G&lt;!&#45;&#45;C&#45;&#45;&gt;"),
              std::string::npos);
    EXPECT_NE(svg.find("D&quot;];evil[label=&quot;"), std::string::npos);
    EXPECT_NE(svg.find("]]&gt;&lt;svg onload=alert(2)&gt;"), std::string::npos);
    EXPECT_NE(svg.find("&quot;onmouseover=alert(1) x=&quot;"), std::string::npos);
    EXPECT_EQ(svg.find("<script"), std::string::npos);
    // Every "evil[label" is inside the escaped name (in the site's node and the cut-off one's).
    std::size_t injected = 0;
    std::size_t quoted = 0;
    for (auto at = svg.find("evil[label"); at != std::string::npos; at = svg.find("evil[label", at + 1)) {
        ++injected;
        if (at >= 9 && svg.compare(at - 9, 9, "D&quot;];") == 0) ++quoted;
    }
    EXPECT_EQ(injected, 2u);
    EXPECT_EQ(quoted, injected) << "DOT injection";
}

}  // namespace
}  // namespace upgrade_risk::reports
