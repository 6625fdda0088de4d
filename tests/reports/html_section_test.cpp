// Repeated parts of the HTML page: rendered item by item at their placeholders when the page is
// written.
#include "reports/html_section.h"

#include <gtest/gtest.h>

namespace upgrade_risk::reports {
namespace {

TemplateSet one_template(const std::string& name, const std::string& text) {
    TemplateSet set;
    set.files.emplace(name, text);
    return set;
}

std::string written(const HtmlSections& sections, std::string_view page) {
    ReportSink sink;
    sections.write(page, sink);
    return sink.text();
}

TEST(HtmlSection, RendersEachItemInFrontOfThePageData) {
    const TemplateSet templates = one_template("row.mustache", "<li>{{name}} of {{org}}</li>");
    HtmlSections sections(templates);
    HtmlData page;
    const std::string placeholder = sections.defer("row.mustache", page, [](HtmlSection& rows) {
        for (const char* name : {"A", "<B>"}) {
            HtmlData item;
            item.set("name", std::string(name));
            rows.add(item);
        }
    });
    // The page's data as it is when the page is written, not when the part was deferred.
    page.set("org", std::string("R&D"));
    EXPECT_EQ(written(sections, "<ul>" + placeholder + "</ul>"),
              "<ul><li>A of R&amp;D</li><li>&lt;B&gt; of R&amp;D</li></ul>");
}

TEST(HtmlSection, RendersNothingBeforeThePageIsWritten) {
    const TemplateSet templates = one_template("x.mustache", "x");
    HtmlSections sections(templates);
    const HtmlData page;
    int runs = 0;
    const std::string placeholder = sections.defer("x.mustache", page, [&runs](HtmlSection& part) {
        ++runs;
        part.add(HtmlData{});
    });
    EXPECT_EQ(runs, 0);
    EXPECT_EQ(written(sections, placeholder + placeholder), "xx");
    EXPECT_EQ(runs, 2);
}

TEST(HtmlSection, KeepsBytesThatAreNotItsPlaceholders) {
    const TemplateSet templates = one_template("x.mustache", "PIECE");
    HtmlSections sections(templates);
    const HtmlData page;
    const std::string held =
        sections.defer("x.mustache", page, [](HtmlSection& part) { part.add(HtmlData{}); });
    EXPECT_EQ(held, "\x01" "0\x01");
    EXPECT_EQ(written(sections, "a" + held + "b"), "aPIECEb");
    // A stray mark, an unknown index and an unterminated mark stay as they are.
    EXPECT_EQ(written(sections, "\x01" "7\x01"), "\x01" "7\x01");
    EXPECT_EQ(written(sections, "\x01x\x01" + held), "\x01x\x01PIECE");
    EXPECT_EQ(written(sections, "end\x01"), "end\x01");
}

}  // namespace
}  // namespace upgrade_risk::reports
