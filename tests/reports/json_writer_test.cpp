#include "reports/json_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

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

/// `depth` arrays in one another, the innermost holding a string: the same shape each line
/// break takes at every level, short and long.
void write_nested(JsonWriter& json, std::size_t depth) {
    for (std::size_t level = 0; level < depth; ++level) json.begin_array();
    json.value("x");
    for (std::size_t level = 0; level < depth; ++level) json.end_array();
}

std::string nested_text(std::size_t depth) {
    std::string text;
    for (std::size_t level = 0; level < depth; ++level)
        text += "[\n" + std::string(2 * (level + 1), ' ');
    text += "\"x\"";
    for (std::size_t level = depth; level-- > 0;) text += "\n" + std::string(2 * level, ' ') + "]";
    return text;
}

TEST(JsonWriter, IndentsEveryLevelOfADeepDocument) {
    for (const std::size_t depth : {1u, 7u, 8u, 31u, 32u, 33u, 40u}) {
        ReportSink sink;
        {
            JsonWriter json(sink);
            write_nested(json, depth);
        }
        EXPECT_EQ(sink.text(), nested_text(depth)) << "depth " << depth;
    }
}

TEST(JsonWriter, WritesTheSameBytesToAFileAsInMemory) {
    // Enough members for the file sink to write several blocks out between them, with
    // strings longer than the room the writer makes at a time and escapes at its edges.
    const auto write = [](ReportSink& sink) {
        JsonWriter json(sink);
        json.begin_object();
        json.key("items");
        json.begin_array();
        for (std::uint64_t i = 0; i < 20000; ++i) {
            json.begin_object();
            json.member("n", i);
            json.member("text", std::string(i % 9000, 'a') + "\"\n\x01" + std::to_string(i));
            json.end_object();
            json.spill();
        }
        json.end_array();
        json.end_object();
        json.finish();
    };
    ReportSink memory;
    write(memory);
    FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    const int fd = ::fileno(file);
    {
        ReportSink sink(fd);
        write(sink);
        ASSERT_EQ(sink.finish(), 0);
    }
    std::string written(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), '\0');
    ASSERT_EQ(::pread(fd, written.data(), written.size(), 0), static_cast<ssize_t>(written.size()));
    std::fclose(file);
    EXPECT_GT(written.size(), 50u << 20);
    EXPECT_TRUE(written == memory.text())
        << written.size() << " bytes written, " << memory.text().size() << " in memory";
    EXPECT_TRUE(memory.text().starts_with(
        "{\n  \"items\": [\n    {\n      \"n\": 0,\n      \"text\": \"\\\"\\n\\u0001"));
    EXPECT_TRUE(memory.text().ends_with("\\u000119999\"\n    }\n  ]\n}\n"));
}

}  // namespace
}  // namespace upgrade_risk::reports
