#include "reports/json_writer.h"

#include <gtest/gtest.h>

namespace upgrade_risk::reports {
namespace {

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(json_quote("line\nnext\ttab\r"), "\"line\\nnext\\ttab\\r\"");
    EXPECT_EQ(json_quote(std::string("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
}

TEST(JsonWriter, PassesNonAsciiThroughAsUtf8) {
    EXPECT_EQ(json_quote("Zürich – Åre"), "\"Zürich – Åre\"");
}

TEST(JsonWriter, EscapesWhereverTheCharacterFallsInALongString) {
    // The quoting skips eight plain bytes at a time: put each character to escape at every
    // position of strings long enough to span several words, beside UTF-8 that must pass.
    const auto expected = [](const std::string& text) {
        std::string out = "\"";
        for (const char c : text) {
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\x01') out += "\\u0001";
            else if (c == '\x1f') out += "\\u001f";
            else out += c;
        }
        return out + "\"";
    };
    for (const char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
        for (std::size_t length = 1; length <= 40; ++length) {
            for (std::size_t at = 0; at < length; ++at) {
                std::string text(length, 'a');
                text[at] = special;
                if (length > 3 && at + 2 < length) text.replace(length - 2, 2, "\xC3\xA9");
                EXPECT_EQ(json_quote(text), expected(text)) << "length " << length << " at " << at;
            }
        }
    }
}

TEST(JsonWriter, IndentsAndKeepsEmptyContainersOnOneLine) {
    ReportSink sink;
    JsonWriter json(sink);
    json.begin_object();
    json.key("a");
    json.value(std::uint64_t{1});
    json.key("b");
    json.begin_array();
    json.end_array();
    json.key("c");
    json.strings(std::vector<std::string>{"x", "y"});
    json.member_or_null("d", "");
    json.key("e");
    json.value(true);
    json.end_object();
    json.finish();
    EXPECT_EQ(sink.text(),
              "{\n  \"a\": 1,\n  \"b\": [],\n  \"c\": [\n    \"x\",\n    \"y\"\n  ],\n"
              "  \"d\": null,\n  \"e\": true\n}\n");
}

}  // namespace
}  // namespace upgrade_risk::reports
