#include "inventory/text_encoding.h"

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

std::optional<std::size_t> bad_offset(std::string_view text) {
    const auto bad = find_bad_character(text);
    return bad ? std::optional<std::size_t>(bad->offset) : std::nullopt;
}

TEST(TextEncoding, AcceptsUtf8TextWithTabsAndLineEnds) {
    EXPECT_EQ(bad_offset("plain\tascii\r\n"), std::nullopt);
    EXPECT_EQ(bad_offset("Z\xC3\xBCrich \xE2\x82\xAC \xF0\x9F\x98\x80 \xEF\xBB\xBF"), std::nullopt);
    EXPECT_EQ(bad_offset("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF, the last code point
}

TEST(TextEncoding, CountsCharactersNotBytes) {
    EXPECT_EQ(code_points(""), 0u);
    EXPECT_EQ(code_points("Paris"), 5u);
    EXPECT_EQ(code_points("Z\xC3\xBCrich \xE2\x82\xAC \xF0\x9F\x98\x80"), 10u);  // Zürich € 😀
    // The bytes of the first characters, never part of one.
    EXPECT_EQ(code_points_prefix_bytes("Z\xC3\xBCrich", 2), 3u);
    EXPECT_EQ(code_points_prefix_bytes("\xF0\x9F\x98\x80x", 1), 4u);
    EXPECT_EQ(code_points_prefix_bytes("Paris", 0), 0u);
    EXPECT_EQ(code_points_prefix_bytes("Paris", 9), 5u);
}

TEST(TextEncoding, FindsInvalidSequences) {
    EXPECT_EQ(bad_offset("ab\xC3"), 2u);              // truncated two-byte sequence
    EXPECT_EQ(bad_offset("ab\xC0\xAF"), 2u);          // overlong '/'
    EXPECT_EQ(bad_offset("\xE0\x80\xAF"), 0u);        // overlong three-byte form
    EXPECT_EQ(bad_offset("x\xED\xA0\x80"), 1u);       // UTF-16 surrogate U+D800
    EXPECT_EQ(bad_offset("\xF4\x90\x80\x80"), 0u);    // past U+10FFFF
    EXPECT_EQ(bad_offset("\xF8\x88\x80\x80\x80"), 0u);
    EXPECT_EQ(bad_offset("caf\xE9"), 3u);             // Latin-1
    EXPECT_EQ(bad_offset("\x80"), 0u);                // stray continuation byte
    EXPECT_EQ(bad_offset("\xE2\x82"), 0u);
}

TEST(TextEncoding, FindsNulAndControlCharacters) {
    using namespace std::string_view_literals;
    EXPECT_EQ(bad_offset("ab\0c"sv), 2u);
    EXPECT_EQ(bad_offset("a\x1b[31m"), 1u);     // ESC starts terminal escape sequences
    EXPECT_EQ(bad_offset("a\x7f"), 1u);         // DEL
    EXPECT_EQ(bad_offset("ab\xC2\x9B"), 2u);    // U+009B, the C1 control sequence introducer
    EXPECT_EQ(find_bad_character("a\x07")->description,
              "the control character U+0007, which an inventory may not contain (remove it)");
}


// The scan skips plain text several bytes at a time: a bad or multi-byte character is found at
// every position of those steps and of the bytes after the last whole one, line ends or not.
TEST(TextEncoding, FindsACharacterAtEveryPositionOfLongPlainText) {
    using namespace std::string_view_literals;
    for (const std::string_view bad : {"\x1b"sv, "\0"sv, "\x7f"sv, "\xC3"sv, "\xC2\x9B"sv}) {
        for (std::size_t at = 0; at < 50; ++at) {
            std::string text(50, 'x');
            for (std::size_t line_end = 7; line_end < text.size(); line_end += 11) text[line_end] = '\n';
            text.replace(at, bad.size(), bad);
            EXPECT_EQ(bad_offset(text), at) << "at " << at;
        }
    }
    std::string valid = std::string(37, 'x') + "\t\r\nZ\xC3\xBCrich \xE2\x82\xAC" + std::string(20, 'y');
    EXPECT_EQ(bad_offset(valid), std::nullopt);
    valid.push_back('\xC3');  // a lead byte with nothing after it, in the bytes after the last step
    EXPECT_EQ(bad_offset(valid), valid.size() - 1);
}
TEST(TextEncoding, MakesEveryAsciiCapitalLowerCaseAndNothingElse) {
    // Every byte value at every offset of the eight-byte steps and the tail: only A-Z change.
    for (std::size_t offset = 0; offset < 11; ++offset) {
        std::string text(offset, '.');
        for (int byte = 0; byte < 256; ++byte) text += static_cast<char>(byte);
        std::string expected = text;
        for (char& c : expected) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        }
        make_ascii_lower(text);
        EXPECT_EQ(text, expected) << "offset " << offset;
    }
}

}  // namespace
}  // namespace upgrade_risk::inventory
