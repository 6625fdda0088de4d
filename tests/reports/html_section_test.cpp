// Repeated parts of the HTML page: rendered item by item, spliced into the page afterwards.
#include "reports/html_section.h"

#include <gtest/gtest.h>

namespace upgrade_risk::reports {
namespace {

TemplateSet one_template(const std::string& name, const std::string& text) {
    TemplateSet set;
    set.files.emplace(name, text);
    return set;
}

TEST(HtmlSection, RendersEachItemInFrontOfThePageData) {
    const TemplateSet templates = one_template("row.mustache", "<li>{{name}} of {{org}}</li>");
    HtmlSections sections(templates);
    HtmlData page;
    page.set("org", std::string("R&D"));
    HtmlSection rows = sections.section("row.mustache", page);
    for (const char* name : {"A", "<B>"}) {
        HtmlData item;
        item.set("name", std::string(name));
        rows.add(item);
    }
    const std::string placeholder = rows.take();
    EXPECT_EQ(sections.splice("<ul>" + placeholder + "</ul>"),
              "<ul><li>A of R&amp;D</li><li>&lt;B&gt; of R&amp;D</li></ul>");
}

TEST(HtmlSection, SpliceKeepsBytesThatAreNotItsPlaceholders) {
    const TemplateSet templates = one_template("x.mustache", "x");
    HtmlSections sections(templates);
    const std::string held = sections.hold("PIECE");
    EXPECT_EQ(held, "\x01" "0\x01");
    EXPECT_EQ(sections.splice("a" + held + "b"), "aPIECEb");
    // A stray mark, an unknown index and an unterminated mark stay as they are.
    EXPECT_EQ(sections.splice("\x01" "7\x01"), "\x01" "7\x01");
    EXPECT_EQ(sections.splice("\x01x\x01" + held), "\x01x\x01PIECE");
    EXPECT_EQ(sections.splice("end\x01"), "end\x01");
}

}  // namespace
}  // namespace upgrade_risk::reports
