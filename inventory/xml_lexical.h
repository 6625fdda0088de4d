#pragma once

#include <array>
#include <string_view>
#include <utility>

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

}  // namespace xml_lexical
}  // namespace upgrade_risk::inventory
