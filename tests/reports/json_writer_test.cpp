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
    json.strings({"x", "y"});
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
