#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// A character an inventory may not contain, `offset` bytes into the text it was found in.
struct BadCharacter {
    std::size_t offset = 0;
    /// What it is, in words that finish "the file contains ...".
    std::string description;
};

/// The first byte sequence in `text` that is not valid UTF-8, or that is a NUL or another
/// control character XML does not allow (tab, newline and carriage return are fine). Such
/// characters are refused rather than passed on because they would reach the terminal in
/// error messages and the reports, where escape sequences can rewrite what a reader sees.
std::optional<BadCharacter> find_bad_character(std::string_view text);

/// True for the bytes 0x80-0xBF, which continue a UTF-8 character rather than start one.
inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/// ASCII lower and upper case, as std::tolower and std::toupper in the "C" locale the tool runs
/// in, without a library call per character (names are compared case-insensitively, and
/// fingerprints are case-folded, by the million).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

/// Every ASCII capital of `text` made lower case (ascii_lower), eight bytes at a time; bytes of
/// UTF-8 characters are left as they are.
void make_ascii_lower(std::string& text);

/// How many characters (Unicode code points) the UTF-8 `text` holds, as an editor counts them.
std::size_t code_points(std::string_view text);

/// How many bytes the first `count` code points of the UTF-8 `text` take (all of it when it
/// holds fewer), so that a cut there never splits a character.
std::size_t code_points_prefix_bytes(std::string_view text, std::size_t count);

/// `byte` as messages name it: "0xFC".
std::string byte_text(unsigned char byte);

/// `text`'s first `at_most` characters followed by "…" when it is longer, else `text`: for a
/// name in a place of limited room.
std::string clip(std::string_view text, std::size_t at_most);

/// Appends `code` (a Unicode scalar value) to `out` in UTF-8.
void append_utf8(std::string& out, char32_t code);

}  // namespace upgrade_risk::inventory
