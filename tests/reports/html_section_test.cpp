// Repeated parts of the HTML page: rendered item by item at their placeholders when the page is
// written.
#include "reports/html_section.h"

#include <sstream>

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
        for (const char* name : {"A", "<B>"}) rows.add(HtmlItem().set("name", name));
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
        part.add(HtmlItem{});
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
        sections.defer("x.mustache", page, [](HtmlSection& part) { part.add(HtmlItem{}); });
    EXPECT_EQ(held, "\x01" "0\x01");
    EXPECT_EQ(written(sections, "a" + held + "b"), "aPIECEb");
    // A stray mark, an unknown index and an unterminated mark stay as they are.
    EXPECT_EQ(written(sections, "\x01" "7\x01"), "\x01" "7\x01");
    EXPECT_EQ(written(sections, "\x01x\x01" + held), "\x01x\x01PIECE");
    EXPECT_EQ(written(sections, "end\x01"), "end\x01");
}

/// The same values as an HtmlItem and as kainjow data, to check the one against the other.
struct Both {
    HtmlItem item;
    HtmlData data;
    Both& set(std::string_view name, const std::string& text) {
        item.set(name, text);
        data.set(std::string(name), text);
        return *this;
    }
    Both& set(std::string_view name, const char* text) { return set(name, std::string(text)); }
    Both& set(std::string_view name, bool flag) {
        item.set(name, flag);
        data.set(std::string(name), flag);
        return *this;
    }
    Both& set(std::string_view name, std::vector<Both> list) {
        HtmlItem::List items;
        HtmlData values(HtmlData::type::list);
        for (Both& element : list) {
            items.push_back(element.item);
            values.push_back(element.data);
        }
        item.set(name, std::move(items));
        data.set(std::string(name), values);
        return *this;
    }
    Both& set(std::string_view name, const Both& object) {
        item.set(name, object.item);
        data.set(std::string(name), object.data);
        return *this;
    }
};

/// What kainjow itself renders for each item, in front of `page`.
std::string kainjow_rendering(const std::string& text, const HtmlData& page, const std::vector<Both>& items) {
    kainjow::mustache::mustache tmpl(text);
    std::ostringstream out;
    for (const Both& both : items) {
        kainjow::mustache::context<std::string> context(&page);
        context.push(&both.data);
        tmpl.render(context, out);
    }
    return out.str();
}

TEST(HtmlSection, RendersEveryItemAsKainjowDoes) {
    const std::string text =
        "<tr class=\"{{kind}}\">{{#link}}<a href=\"{{link}}\">{{name}}</a>{{/link}}{{^link}}{{name}}{{/link}}\n"
        "{{#open}}\n<td>{{{raw}}} &amp; {{raw}}</td>\n{{/open}}\n"
        "{{#rows}}<li>{{text}} of {{name}} in {{org}}</li>\n{{/rows}}\n"
        "{{#nested}}{{#inner}}{{value}}{{/inner}}{{/nested}}\n"
        "  {{#blank}}{{blank}}{{/blank}}\n"
        "{{> part.mustache}}\n";
    TemplateSet templates = one_template("row.mustache", text);
    templates.files.emplace("part.mustache", "[{{name}}|{{missing}}]");
    HtmlData page;
    page.set("org", std::string("O'Neil & <Sons>"));
    page.set("part.mustache", kainjow::mustache::partial([] { return std::string("[{{name}}|{{missing}}]"); }));
    std::vector<Both> items;
    items.push_back(Both().set("kind", "a").set("name", "A \"quoted\" 'name'").set("open", true).set("raw", "<b>&</b>"));
    items.push_back(Both().set("kind", "b").set("name", "B").set("link", "http://x/?a=1&b=2").set("open", false));
    items.push_back(Both().set("kind", "c").set("name", "C").set("rows", std::vector<Both>{
                                                                      Both().set("text", "one"), Both().set("text", "<two>")}));
    items.push_back(Both().set("kind", "d").set("name", "D").set("rows", std::vector<Both>{Both().set("text", "three")}));
    items.push_back(Both().set("kind", "e").set("name", "E").set("nested", Both().set("inner", Both().set("value", "deep"))));
    items.push_back(Both().set("kind", "f").set("name", "F").set("blank", " "));
    items.push_back(Both().set("kind", "g").set("name", "G").set("blank", ""));
    items.push_back(Both().set("kind", "h").set("name", "H").set("blank", "not blank"));
    items.push_back(Both().set("kind", "i").set("name", "I \x02" "0&\x03 looks like a marker"));
    items.push_back(Both().set("kind", "a").set("name", "A again, & again").set("open", true).set("raw", ""));
    // Every character to escape at every position of names long enough to span several words.
    for (const char special : {'&', '<', '>', '"', '\''}) {
        for (std::size_t length = 1; length <= 20; ++length) {
            for (std::size_t at = 0; at < length; ++at) {
                std::string name(length, 'n');
                name[at] = special;
                items.push_back(Both().set("kind", "z").set("name", name));
            }
        }
    }

    HtmlSections sections(templates);
    const std::string placeholder = sections.defer("row.mustache", page, [&items](HtmlSection& rows) {
        for (const Both& both : items) rows.add(both.item);
    });
    EXPECT_EQ(written(sections, placeholder), kainjow_rendering(text, page, items));
}

}  // namespace
}  // namespace upgrade_risk::reports
