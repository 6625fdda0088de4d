// The JSON reader --baseline uses: values read one by one, escapes, errors with their line.
#include "reports/json_cursor.h"

#include <vector>

#include <gtest/gtest.h>

#include "reports/baseline_reader.h"

namespace upgrade_risk::reports {
namespace {

std::string error_of(std::string_view text) {
    JsonCursor json(text);
    try {
        json.skip();
        json.expect_end();
    } catch (const JsonError& e) {
        return std::to_string(e.line) + ": " + e.what();
    }
    return "";
}

TEST(JsonCursor, UnescapesStringsToUtf8) {
    JsonCursor json(R"("a\"b\\c\/d\n\t \u00e9 \u20AC \ud83d\ude00")");
    EXPECT_EQ(json.string(), "a\"b\\c/d\n\t \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
}

TEST(JsonCursor, ReadsALineOrColumnAndZeroForAnythingElse) {
    JsonCursor json(R"([12, 4294967295, 4294967296, -3, 2.5, "7", null])");
    std::vector<std::uint32_t> counts;
    json.array([&] { counts.push_back(json.count_or_zero()); });
    json.expect_end();
    EXPECT_EQ(counts, (std::vector<std::uint32_t>{12, 4294967295u, 0, 0, 0, 0, 0}));
}

TEST(JsonCursor, ReadsOnlyWhatIsAskedAndSkipsTheRest) {
    JsonCursor json(R"({"skip": [1, -2.5e+3, true, false, null, {"x": [[]]}], "keep": "yes", "none": null})");
    std::string keep = "unset";
    std::string none = "unset";
    json.object([&](const std::string& key) {
        if (key == "keep") keep = json.string_or_empty();
        else if (key == "none") none = json.string_or_empty();
        else json.skip();
    });
    json.expect_end();
    EXPECT_EQ(keep, "yes");
    EXPECT_EQ(none, "");
}

TEST(JsonCursor, SaysWhatIsWrongAndOnWhichLine) {
    EXPECT_EQ(error_of("{\n\"a\" 1}"), "2: not valid JSON (expected ':')");
    EXPECT_EQ(error_of("[\n\n\"open"), "3: not valid JSON (a string is not closed)");
    EXPECT_EQ(error_of(R"(["\q"])"), "1: not valid JSON (unknown escape \\q)");
    EXPECT_EQ(error_of(R"(["\ud83d"])"), "1: not valid JSON (half a surrogate pair)");
    EXPECT_EQ(error_of("[1] 2"), "1: not valid JSON (text after the end of the report)");
    EXPECT_EQ(error_of("[tru]"), "1: not valid JSON (expected a value)");
    EXPECT_EQ(error_of("[1.]"), "1: not valid JSON (expected a value)");
    EXPECT_EQ(error_of("[\"a\tb\"]"), "1: not valid JSON (a control character inside a string)");
    EXPECT_EQ(error_of(""), "1: not valid JSON (expected a value)");
    EXPECT_EQ(error_of(std::string(65, '[') + std::string(65, ']')),
              "1: lists and objects are nested more than 64 deep here");
    EXPECT_EQ(error_of(std::string(64, '[') + std::string(64, ']')), "");
}

TEST(BaselineReader, AFindingWithoutAServerHasNoServer) {
    // Boost's property tree read null as the text "null", and a resolved finding without a
    // server came back in the JSON report as "server": "null".
    const BaselineLoad load = read_baseline_text(
        R"({"findings": [{"fingerprint": "f", "server": null, "site": "A", "kb": ["Q1", null]}]})", "b.json");
    ASSERT_TRUE(load.baseline) << load.error;
    ASSERT_EQ(load.baseline->findings.size(), 1u);
    EXPECT_EQ(load.baseline->findings[0].server, "");
    EXPECT_EQ(load.baseline->findings[0].site, "A");
    EXPECT_EQ(load.baseline->findings[0].kb, (std::vector<std::string>{"Q1"}));
}

}  // namespace
}  // namespace upgrade_risk::reports
