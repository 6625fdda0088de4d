#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "inventory/byte_words.h"

namespace upgrade_risk::inventory {

/// What the scans of raw inventory text (before and after the parse) agree on about XML.
namespace xml_lexical {

/// Where markup characters are plain text: from each opening to its closing.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kLiteralMarkup{{
    {"<!--", "-->"},
    {"<?", "?>"},
    {"<![CDATA[", "]]>"},
}};

/// The bytes that end a name in a tag: white space, '=', '>', '/' and '<'.
inline constexpr std::array<bool, 256> kEndsName = [] {
    std::array<bool, 256> ends{};
    for (const char c : std::string_view(" \t\n\r=>/<")) ends[static_cast<unsigned char>(c)] = true;
    return ends;
}();

inline bool ends_name(char c) { return kEndsName[static_cast<unsigned char>(c)]; }

/// Where the name running from `from` ends: the first byte ends_name() takes, or text.size().
/// Sixteen bytes at a time, for text find_bad_character() passed: its only bytes below 0x21 are
/// white space, so "below 0x21" stands for the four white-space bytes of kEndsName.
inline std::size_t name_end(std::string_view text, std::size_t from) {
    return byte_words::find_first<0x21, '=', '>', '/', '<'>(text, from);
}

}  // namespace xml_lexical
}  // namespace upgrade_risk::inventory
