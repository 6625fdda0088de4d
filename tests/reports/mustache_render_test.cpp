// The HTML renderer's own behaviour: compile errors users see, partials that include each
// other, made lists and streaming. Its output against kainjow's is mustache_oracle_test.cpp.
#include "reports/mustache_render.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <kainjow/mustache.hpp>
#include <string>
#include <utility>
#include <vector>

#include "reports/template_set.h"
#include "tests/reports/kainjow_oracle.h"

namespace upgrade_risk::reports {
namespace {

using testing::kainjow_render;
using testing::our_render;
using testing::TemplateFiles;

std::string compile_error(const TemplateFiles& files) {
    const TemplateLoad load = compile_templates(files, "dir");
    EXPECT_FALSE(load.templates);
    return load.error;
}

/// kainjow's message for a broken `text`, located as ours are.
std::string kainjow_error(const std::string& text) {
    const kainjow::mustache::mustache parsed(text);
    EXPECT_FALSE(parsed.is_valid()) << text;
    const std::string& message = parsed.error_message();
    const auto at = message.rfind(" at ");
    return template_error("dir/t.mustache", text, std::stoul(message.substr(at + 4)),
                          message.substr(0, at));
}

TEST(MustacheTemplate, BrokenTemplatesAreReportedWithKainjowsWordsAtTheTag) {
    for (const std::string text : {
             "<p>\n  {{#counts}}\n{{count}}\n",
             "a {{#a}}{{#b}}{{/a}}",
             "{{#a}}x{{/b}}",
             "x\n{{/a}}",
             "{{#a}}{{/a}}{{/a}}",
             "text {{name",
             "{{{raw}}",
             "ends with {{",
             "{{#a}}\n{{^b}}\n{{/b}}\n{{#c}}\n{{/a}}\n",
         }) {
        EXPECT_EQ(compile_error({{"t.mustache", text}}), kainjow_error(text)) << text;
    }
    EXPECT_EQ(compile_error({{"t.mustache", "<p>\n  {{#counts}}\n"}}),
              "dir/t.mustache:2:3: error: broken template: Unclosed section \"counts\"");
}

TEST(MustacheTemplate, OtherDelimitersAreRefused) {
    EXPECT_EQ(compile_error({{"t.mustache", "a\n {{=<% %>=}}"}}),
              "dir/t.mustache:2:2: error: broken template: changing the delimiters ({{=...=}}) is "
              "not supported");
}

TEST(MustacheTemplate, APartialMustNameAFile) {
    EXPECT_EQ(compile_error({{"page.mustache", "x\n{{> card.mustach}}\n"}}),
              "dir/page.mustache:2:1: error: broken template: no template file is named "
              "'card.mustach' (a partial names a file of the folder, e.g. {{> card.mustache}})");
}

TEST(MustacheTemplate, APartialThatIncludesItselfIsRefused) {
    EXPECT_EQ(
        compile_error({{"card.mustache", "<p>\n{{#runbook}}{{> card.mustache}}{{/runbook}}"}}),
        "dir/card.mustache:2:13: error: broken template: recursive partial: card.mustache "
        "includes itself");
}

TEST(MustacheTemplate, ACycleOfPartialsIsRefusedNamingEachFile) {
    const TemplateFiles files = {
        {"a.mustache", "{{> b.mustache}}"},
        {"b.mustache", "{{> style.css}}\n{{#x}}{{> c.mustache}}{{/x}}"},
        {"c.mustache", "c\n  {{> a.mustache}}"},
        {"style.css", "body {}"},
    };
    EXPECT_EQ(compile_error(files),
              "dir/c.mustache:2:3: error: broken template: recursive partial: a.mustache includes "
              "b.mustache, which includes c.mustache, which includes a.mustache");
}

TEST(MustacheTemplate, APartialIncludedTwiceIsNoCycle) {
    const TemplateFiles files = {
        {"page.mustache", "{{> row.mustache}}{{> row.mustache}}{{#x}}{{> row.mustache}}{{/x}}"},
        {"row.mustache", "r"},
    };
    EXPECT_EQ(our_render(files, "page.mustache", HtmlObject{{"x", true}}), "rrr");
}

TEST(MustacheRender, MakesEachItemOnlyWhenItIsRendered) {
    int made = 0;
    const HtmlList rows(2, [&made](const HtmlList::Visit& visit) {
        for (int i = 0; i < 2; ++i) {
            ++made;
            visit(HtmlObject{{"n", std::to_string(i)}});
        }
    });
    const HtmlObject data{{"rows", rows}, {"show", false}};
    EXPECT_EQ(
        our_render({{"p.mustache", "{{#show}}{{#rows}}x{{/rows}}{{/show}}"}}, "p.mustache", data),
        "");
    EXPECT_EQ(made, 0);
    EXPECT_EQ(our_render({{"p.mustache", "{{#rows}}{{n}},{{/rows}}"}}, "p.mustache", data), "0,1,");
    EXPECT_EQ(made, 2);
}

TEST(MustacheRender, ACopyOfAHeldListKeepsItsItemsWhenTheOtherGrows) {
    // Copies share their items (a rule's explanation in every card) until one appends.
    HtmlList first;
    first.push_back(HtmlObject{{"n", "a"}});
    HtmlList second = first;
    second.push_back(HtmlObject{{"n", "b"}});
    first.push_back(HtmlObject{{"n", "c"}});
    const TemplateFiles page{{"p.mustache", "{{#first}}{{n}}{{/first}},{{#second}}{{n}}{{/second}}"}};
    EXPECT_EQ(our_render(page, "p.mustache", HtmlObject{{"first", first}, {"second", second}}), "ac,ab");
    EXPECT_EQ(first.size(), 2U);
    EXPECT_EQ(second.size(), 2U);
}

TEST(MustacheRender, BorrowedTextIsRenderedAndEscapedLikeHeldText) {
    const std::string words = "R&D <east>";
    const HtmlObject data{{"held", std::string_view(words)}, {"borrowed", Borrowed{words}}};
    const TemplateFiles page{{"p.mustache", "{{held}}|{{borrowed}}|{{{borrowed}}}|{{#borrowed}}x{{/borrowed}}"}};
    EXPECT_EQ(our_render(page, "p.mustache", data), "R&amp;D &lt;east&gt;|R&amp;D &lt;east&gt;|R&D <east>|x");
    EXPECT_EQ(our_render(page, "p.mustache", data), kainjow_render(page, "p.mustache", data));
}

TEST(HtmlObject, FindsANameOnlyWhereEveryByteMatches) {
    // Names of every length the lookup compares differently (up to 3 bytes, 4 to 7, 8 to 16,
    // longer), each beside one of its length and first letter that differs in one byte only.
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"a", "b"},
        {"ab", "ac"},
        {"abc", "abd"},
        {"abcd", "abce"},
        {"abcdefg", "abcdxfg"},
        {"abcdefgh", "abcdefgx"},
        {"abcdefghi", "abcdefxhi"},
        {"abcdefghijklmnop", "abcdefghxjklmnop"},
        {"abcdefghijklmnopq", "abcdefghijklmnopx"}};
    for (const auto& [name, other] : pairs) {
        HtmlObject object;
        object.set(other, std::string("other")).set(name, std::string("this"));
        ASSERT_NE(object.find(name), nullptr) << name;
        EXPECT_EQ(object.find(name)->text(), "this") << name;
        EXPECT_EQ(object.find(other)->text(), "other") << other;
        EXPECT_EQ(object.find(name + "z"), nullptr) << name;
        EXPECT_EQ(object.find(name.substr(1)), nullptr) << name;
    }
    EXPECT_EQ(HtmlObject().set("", std::string("empty")).find("")->text(), "empty");
}

TEST(MustacheRender, AVariableNamingAListIsAMistakeOfTheTemplate) {
    // {{{finding_rows}}} was text in the templates of an earlier version; now a list, it would
    // show nothing.
    const TemplateLoad load = compile_templates(
        {{"p.mustache", "<table>\n{{> q.mustache}}</table>\n"}, {"q.mustache", "  {{{rows}}}\n"}}, "dir");
    ASSERT_TRUE(load.templates);
    ReportSink sink(ReportSink::Discard{});
    const HtmlList rows(1, [](const HtmlList::Visit& visit) { visit(HtmlObject{{"n", "1"}}); });
    EXPECT_EQ(render_mustache(load.templates->at("p.mustache"), HtmlObject{{"rows", rows}}, sink),
              "dir/q.mustache:1:3: error: broken template: {{rows}} names a list of items or an "
              "object, not a text; write {{#rows}}...{{/rows}} (templates of an earlier version: "
              "copy templates/ again)");
    EXPECT_FALSE(render_mustache(load.templates->at("p.mustache"), HtmlObject{{"rows", "text"}}, sink));
}

TEST(MustacheRender, StreamsThePageIntoTheSink) {
    // 300,000 rows of 40 bytes: 12 MB, of which the sink's buffer holds about a block at a time.
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    ReportSink sink(fileno(file));
    std::size_t most = 0;
    const HtmlList rows(300000, [&](const HtmlList::Visit& visit) {
        for (int i = 0; i < 300000; ++i) {
            most = std::max(most, sink.text().size());
            visit(HtmlObject{{"n", std::to_string(i)}});
        }
    });
    const TemplateLoad load = compile_templates(
        {{"p.mustache", "{{#rows}}\n<tr><td>{{n}}</td><td>a row</td></tr>\n{{/rows}}\n"}}, "dir");
    ASSERT_TRUE(load.templates);
    render_mustache(load.templates->at("p.mustache"), HtmlObject{{"rows", rows}}, sink);
    EXPECT_EQ(sink.finish(), 0);
    EXPECT_LT(most, std::size_t{2} << 20);
    EXPECT_GT(lseek(fileno(file), 0, SEEK_END), 10L << 20);
    std::fclose(file);
}

}  // namespace
}  // namespace upgrade_risk::reports
