#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "reports/template_embedded.h"
#include "reports/template_set.h"
#include "tests/reports/q195908_fixture.h"

namespace upgrade_risk::reports {
namespace {

namespace fs = std::filesystem;

/// A scratch copy of the built-in templates that a test may edit.
class TemplateDir : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("upgrade-risk-templates-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        for (const auto& file : embedded_templates()) write(std::string(file.name), file.content);
        fixture_.context.template_dir = dir_.string();
    }
    void TearDown() override { fs::remove_all(dir_); }

    void write(const std::string& name, std::string_view text) {
        std::ofstream(dir_ / name, std::ios::binary) << text;
    }
    RenderOutcome render() {
        return render_to_string(render_html, ReportInput{fixture_.inventory, fixture_.result, fixture_.context});
    }
    /// The error of a render that must be refused, with nothing written.
    std::string refusal() {
        const RenderOutcome outcome = render();
        EXPECT_TRUE(outcome.content.empty());
        return outcome.error.value_or("(rendered)");
    }

    fs::path dir_;
    testing::Q195908Fixture fixture_;
};

TEST(BuiltInTemplates, AreEmbeddedAndParse) {
    EXPECT_NE(std::find(template_names().begin(), template_names().end(), "report.mustache"),
              template_names().end());
    EXPECT_NE(std::find(template_names().begin(), template_names().end(), "style.css"),
              template_names().end());
    for (const auto& file : embedded_templates()) {
        EXPECT_FALSE(file.content.empty()) << file.name;
        if (file.name.ends_with(".mustache")) {
            EXPECT_EQ(compile_mustache(std::string(file.name), std::string(file.content)).error, "");
        }
    }
    const TemplateLoad load = load_templates("");
    EXPECT_TRUE(load.templates) << load.error;
}

TEST_F(TemplateDir, ACopyRendersTheSameAsTheBuiltIns) {
    const RenderOutcome custom = render();
    ASSERT_FALSE(custom.error) << *custom.error;
    fixture_.context.template_dir.clear();
    EXPECT_EQ(custom.content, render().content);
}

TEST_F(TemplateDir, EditedTemplateAndCssAreUsed) {
    write("verdict.mustache", "<p class=\"custom\">Board says {{verdict_label}}</p>\n");
    write("style.css", "body { color: #123456; }\n");
    const RenderOutcome outcome = render();
    ASSERT_FALSE(outcome.error) << *outcome.error;
    EXPECT_NE(outcome.content.find("<p class=\"custom\">Board says NO-GO</p>"), std::string::npos);
    EXPECT_NE(outcome.content.find("body { color: #123456; }"), std::string::npos);
}

TEST_F(TemplateDir, MissingTemplateIsNamed) {
    fs::remove(dir_ / "card.mustache");
    const RenderOutcome outcome = render();
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(*outcome.error, (dir_ / "card.mustache").string() +
                                  ": error: template missing or unreadable; the folder must hold "
                                  "every file of templates/ (copy it whole, then edit)");
    EXPECT_TRUE(outcome.content.empty());
}

TEST_F(TemplateDir, BrokenTemplateIsNamedWithLineAndColumn) {
    write("summary.mustache", "<section>\n  {{#counts}}\n<p>{{count}}</p>\n</section>\n");
    EXPECT_EQ(refusal(), (dir_ / "summary.mustache").string() +
                             ":2:3: error: broken template: Unclosed section \"counts\"");
}

TEST_F(TemplateDir, ABadByteIsRefusedWithoutQuotingIt) {
    // Found by the user-inputs fuzzer: the error quoted a partial's name, invalid UTF-8 and all.
    write("card.mustache", "<li>{{title}}</li>\n{{> \xff\tsmche}}\n");
    const std::string error = refusal();
    EXPECT_EQ(error.rfind((dir_ / "card.mustache").string() +
                              ":2:5: error: broken template: the file contains the byte 0xFF",
                          0),
              0u)
        << error;
    EXPECT_NE(error.find("(templates are UTF-8 text)"), std::string::npos) << error;
    EXPECT_EQ(error.find('\xff'), std::string::npos);
}

TEST_F(TemplateDir, PartialsThatIncludeEachOtherAreRefused) {
    // Issue 20: this overflowed the stack while rendering.
    write("runbook.mustache", "{{> card.mustache}}\n");
    EXPECT_EQ(refusal(), (dir_ / "runbook.mustache").string() +
                             ":1:1: error: broken template: recursive partial: card.mustache "
                             "includes runbook.mustache, which includes card.mustache");
}

TEST_F(TemplateDir, MissingFolderIsNamed) {
    fixture_.context.template_dir = (dir_ / "nowhere").string();
    const RenderOutcome outcome = render();
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(*outcome.error, (dir_ / "nowhere").string() +
                                  ": error: template folder not found (--template-dir expects a "
                                  "copy of the templates/ folder)");
}

}  // namespace
}  // namespace upgrade_risk::reports
