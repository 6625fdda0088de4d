// kainjow mustache as the oracle of our renderer: the same templates and data through both
// give the same bytes.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "reports/html_data.h"
#include "tests/reports/kainjow_oracle.h"
#include "tests/reports/large_fixture.h"
#include "tests/reports/q195908_fixture.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using testing::builtin_files;
using testing::kainjow_render;
using testing::our_render;
using testing::TemplateFiles;

/// Every built-in template rendered in front of the page data of `input`, by both renderers.
void expect_builtins_render_as_kainjow_does(const ReportInput& input) {
    const InventoryFacts facts(input.inventory);
    const HtmlValue page = html_page_data(input, facts);
    const TemplateFiles files = builtin_files();
    for (const auto& [name, text] : files) {
        const std::string ours = our_render(files, name, page);
        EXPECT_EQ(ours, kainjow_render(files, name, page)) << name;
        if (name == "report.mustache") {
            EXPECT_GT(ours.size(), 10000u);
        }
    }
}

TEST(MustacheOracle, BuiltInTemplatesOnTheQ195908Fixture) {
    const testing::Q195908Fixture fixture;
    expect_builtins_render_as_kainjow_does(ReportInput{fixture.inventory, fixture.result, fixture.context});
}

TEST(MustacheOracle, BuiltInTemplatesOnHostileNames) {
    testing::FixtureNames names;
    names.org = "O'Neil & <Sons> \"Ltd\"";
    names.redmond = "Red &amp; <mond>";
    names.server_a = "<script>alert('x')</script>";
    names.free_text = "nightly 'export' & \"copy\"";
    const testing::Q195908Fixture fixture(names);
    expect_builtins_render_as_kainjow_does(ReportInput{fixture.inventory, fixture.result, fixture.context});
}

TEST(MustacheOracle, BuiltInTemplatesOnALargeOrganization) {
    // Folded findings counted by rule, the checklist's tables, sites listed without servers.
    const testing::LargeFixture fixture(60, true);
    expect_builtins_render_as_kainjow_does(ReportInput{fixture.inventory, fixture.result, fixture.context});
}

TEST(MustacheOracle, BuiltInTemplatesWithABaseline) {
    testing::SampleReport sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    expect_builtins_render_as_kainjow_does(sample.input());
}

/// A template, its partials and the data: one tricky case.
struct Case {
    std::string name;
    TemplateFiles files;  ///< "page.mustache" is rendered.
    HtmlObject data;
};

HtmlList items(std::vector<HtmlValue> values) {
    HtmlList list;
    for (HtmlValue& value : values) list.push_back(std::move(value));
    return list;
}

/// A list made while rendering, of `n` items {n: i}.
HtmlList made(std::size_t n) {
    return HtmlList(n, [n](const HtmlList::Visit& visit) {
        for (std::size_t i = 0; i < n; ++i) visit(HtmlObject{{"n", std::to_string(i)}});
    });
}

std::vector<Case> tricky_cases() {
    const HtmlObject people{
        {"title", "R&D <team> \"quoted\" 'single'"},
        {"blank", "  \t"},
        {"empty", ""},
        {"yes", true},
        {"no", false},
        {"none", HtmlList()},
        {"names", items({HtmlObject{{"name", "A&B"}}, HtmlObject{{"name", "<C>"}, {"title", "own"}}})},
        {"texts", items({"one", "two & three"})},
        {"boss", HtmlObject{{"name", "Ann"}, {"deputy", HtmlObject{{"name", "Bo"}}}}},
        {"rows", made(3)},
        {"no_rows", made(0)},
    };
    const auto page = [](std::string text) { return TemplateFiles{{"page.mustache", std::move(text)}}; };
    std::vector<Case> cases = {
        {"escaping", page("{{title}}|{{{title}}}|{{& title}}|{{ title }}\n"), people},
        {"standalone sections", page("a\n{{#yes}}\nin\n{{/yes}}\nb\n  {{#yes}}  \n{{/yes}}\nc\n"), people},
        {"sections not rendered keep their line", page("a\n{{#no}}\nx\n{{/no}}\n{{^yes}}\ny\n{{/yes}}\nb\n"), people},
        {"inverted on empty lists", page("{{^none}}\nno one\n{{/none}}\n{{^no_rows}}none made{{/no_rows}}\n{{#none}}x{{/none}}\n"), people},
        {"nested sections and the stack", page("{{#names}}\n{{#yes}}{{name}} of {{title}}{{/yes}}\n{{/names}}\n{{#boss}}{{#deputy}}{{name}}<{{title}}>{{/deputy}}{{/boss}}\n"), people},
        {"dotted names and dot", page("{{boss.name}} {{boss.deputy.name}} {{boss.missing}} {{#texts}}[{{.}}]{{/texts}}\n{{#boss.deputy}}{{name}}{{/boss.deputy}}\n"), people},
        {"blank values drop their line", page("{{#yes}}{{blank}}{{/yes}}\n{{blank}}\n{{#yes}}{{empty}}{{/yes}}\n{{#empty}}empty is true{{/empty}}\n"), people},
        {"comments and missing names", page("a{{! a comment }}b\n{{! alone }}\n{{missing}}|{{#missing}}x{{/missing}}|{{^missing}}y{{/missing}}\n"), people},
        {"made lists", page("<ul>\n{{#rows}}\n<li>{{n}} {{title}}</li>\n{{/rows}}\n</ul>\n{{#rows}}{{n}}{{/rows}}{{^rows}}{{/rows}}\n"), people},
        {"newlines", page("a\r\n{{#yes}}\r\nb\r{{/yes}}\r\n\tc  {{#no}}{{/no}}\n  {{#yes}}{{/yes}}  "), people},
        {"sections over text and objects", page("{{#title}}[{{title}}]{{/title}}{{#boss}}({{name}}){{/boss}}{{^boss}}no{{/boss}}\n"), people},
    };
    TemplateFiles with_partials = page(
        "<table>\n{{#names}}{{> row.mustache}}{{/names}}\n{{^names}}{{/names}}\n</table>\n"
        "{{#rows}}\n{{> row.mustache}}\n{{/rows}}\n{{> row.mustache}}{{> style.css}}\n");
    with_partials["row.mustache"] = "{{#yes}}\n<tr>{{name}}{{n}}</tr>\n{{/yes}}\n";
    with_partials["style.css"] = "body { color: red; }\n";
    cases.push_back({"partials in sections", with_partials, people});
    return cases;
}

TEST(MustacheOracle, TrickyCases) {
    for (const Case& c : tricky_cases()) {
        const HtmlValue data = c.data;
        EXPECT_EQ(our_render(c.files, "page.mustache", data),
                  kainjow_render(c.files, "page.mustache", data))
            << c.name;
    }
}

}  // namespace
}  // namespace upgrade_risk::reports
