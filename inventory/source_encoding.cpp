#include "inventory/source_encoding.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "inventory/text_encoding.h"

namespace upgrade_risk::inventory {
namespace {

constexpr std::string_view kUtf8Mark = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeMark = "\xFF\xFE";
constexpr std::string_view kUtf16BeMark = "\xFE\xFF";
constexpr char32_t kUndefined = 0xFFFF;

/// windows-1252's characters for the bytes 0x80 to 0x9F (the rest are ISO-8859-1's); five
/// bytes have none.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, kUndefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030,     0x0160, 0x2039, 0x0152, kUndefined, 0x017D, kUndefined,
    kUndefined, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122,     0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178};

DecodedText failed(std::string decoded, SourceEncoding encoding, std::string why) {
    return DecodedText{std::move(decoded), encoding, std::move(why)};
}

DecodedText decode_utf16(std::string_view bytes, SourceEncoding encoding) {
    const bool little = encoding == SourceEncoding::utf16le;
    const auto unit_at = [&](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char32_t>(little ? first | (second << 8) : (first << 8) | second);
    };
    std::string text;
    text.reserve(bytes.size() / 2);
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        if (i + 1 == bytes.size()) {
            return failed(std::move(text), encoding,
                          "the file is UTF-16 but ends in the middle of a character (is it cut "
                          "short?)");
        }
        char32_t c = unit_at(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size() && unit_at(i + 2) >= 0xDC00 &&
            unit_at(i + 2) <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (unit_at(i + 2) - 0xDC00);
            i += 2;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            return failed(std::move(text), encoding,
                          "the file is UTF-16 but has half a character here (a lone surrogate), "
                          "which no text holds; save the inventory again");
        }
        append_utf8(text, c);
    }
    return DecodedText{std::move(text), encoding, std::nullopt};
}

DecodedText decode_8bit(std::string_view bytes, SourceEncoding encoding) {
    std::string text;
    text.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        char32_t c = value;
        if (value >= 0x80 && value <= 0x9F) {
            if (encoding == SourceEncoding::latin1) {
                return failed(std::move(text), encoding,
                              "the byte " + byte_text(value) +
                                  " is a control character in ISO-8859-1, as the file declares; "
                                  "a file saved on Windows is usually windows-1252: declare "
                                  "encoding=\"windows-1252\"");
            }
            c = kWindows1252High[value - 0x80];
            if (c == kUndefined) {
                return failed(std::move(text), encoding,
                              "the byte " + byte_text(value) +
                                  " is no character in windows-1252, as the file declares (is "
                                  "the declared encoding right?)");
            }
        }
        append_utf8(text, c);
    }
    return DecodedText{std::move(text), encoding, std::nullopt};
}

/// Where the XML declaration's encoding value starts and what it says, if it names one.
struct DeclaredEncoding {
    std::size_t offset = 0;
    std::string_view name;
};

std::optional<DeclaredEncoding> declared_encoding(std::string_view text, std::size_t start) {
    if (text.substr(start, 5) != "<?xml") return std::nullopt;
    const std::size_t end = text.find("?>", start);
    if (end == std::string_view::npos) return std::nullopt;  // the parser says what is wrong
    const std::string_view declaration = text.substr(0, end);
    for (std::size_t at = declaration.find("encoding", start); at != std::string_view::npos;
         at = declaration.find("encoding", at + 1)) {
        if (!std::isspace(static_cast<unsigned char>(declaration[at - 1]))) continue;
        std::size_t i = at + 8;
        const auto skip_space = [&] {
            while (i < declaration.size() && std::isspace(static_cast<unsigned char>(declaration[i]))) ++i;
        };
        skip_space();
        if (i >= declaration.size() || declaration[i] != '=') continue;
        ++i;
        skip_space();
        if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\'')) continue;
        const std::size_t close = declaration.find(declaration[i], i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        return DeclaredEncoding{i + 1, declaration.substr(i + 1, close - i - 1)};
    }
    return std::nullopt;
}

std::string folded(std::string_view name) {
    std::string lower;
    for (const char c : name) {
        if (c != '-' && c != '_') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower;
}

/// The encoding a declared name means, by the IANA names and aliases people write.
std::optional<SourceEncoding> encoding_named(std::string_view name) {
    const std::string key = folded(name);
    for (const char* alias : {"utf8", "usascii", "ascii"}) {
        if (key == alias) return SourceEncoding::utf8;
    }
    for (const char* alias : {"iso88591", "latin1", "l1", "isoir100", "cp819", "ibm819"}) {
        if (key == alias) return SourceEncoding::latin1;
    }
    for (const char* alias : {"windows1252", "cp1252", "xcp1252"}) {
        if (key == alias) return SourceEncoding::windows1252;
    }
    return std::nullopt;
}

bool is_plain_name(std::string_view name) {
    return !name.empty() && name.size() <= 40 && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
    });
}

/// How a message names the declared encoding: quoted when it is a plain name, described
/// otherwise, so that a file's stray bytes or escape sequences never reach the terminal.
std::string declared_as(std::string_view name, std::string_view otherwise) {
    return is_plain_name(name) ? "encoding \"" + std::string(name) + "\"" : std::string(otherwise);
}

/// Reads UTF-8 known to be valid (decode_inventory's output) a character at a time.
template <typename Visit>
void for_each_character(std::string_view utf8, const Visit& visit) {
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) {
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        }
        visit(c);
        i += length;
    }
}

}  // namespace

std::string_view encoding_name(SourceEncoding encoding) {
    switch (encoding) {
        case SourceEncoding::utf8: return "UTF-8";
        case SourceEncoding::utf16le: return "UTF-16LE";
        case SourceEncoding::utf16be: return "UTF-16BE";
        case SourceEncoding::latin1: return "ISO-8859-1";
        case SourceEncoding::windows1252: return "windows-1252";
    }
    return "UTF-8";
}

DecodedText decode_inventory(std::string bytes) {
    const std::string_view view = bytes;
    if (view.starts_with(kUtf16LeMark)) return decode_utf16(view.substr(2), SourceEncoding::utf16le);
    if (view.starts_with(kUtf16BeMark)) return decode_utf16(view.substr(2), SourceEncoding::utf16be);
    if (view.size() >= 4 && ((view[0] == '<' && view[1] == '\0') || (view[0] == '\0' && view[1] == '<'))) {
        return failed({}, SourceEncoding::utf8,
                      "the file looks like UTF-16 without a byte order mark; save the inventory "
                      "as UTF-8, or as UTF-16 with one");
    }
    const std::size_t start = view.starts_with(kUtf8Mark) ? kUtf8Mark.size() : 0;
    const auto declared = declared_encoding(view, start);
    if (!declared) return DecodedText{std::move(bytes), SourceEncoding::utf8, std::nullopt};
    const auto encoding = encoding_named(declared->name);
    if (!encoding) {
        std::string why;
        if (folded(declared->name).starts_with("utf16")) {
            why = "the file declares " + declared_as(declared->name, "a UTF-16 encoding") +
                  " but is not UTF-16 (it has no byte order mark and one byte per character); "
                  "write encoding=\"UTF-8\" if that is what it is";
        } else {
            why = "the file declares " + declared_as(declared->name, "an encoding that has no name") +
                  ", which upgrade-risk does not read; save the inventory as UTF-8 (UTF-16, "
                  "ISO-8859-1 and windows-1252 are read too)";
        }
        return failed(bytes.substr(0, declared->offset), SourceEncoding::utf8, std::move(why));
    }
    if (*encoding == SourceEncoding::utf8) return DecodedText{std::move(bytes), SourceEncoding::utf8, std::nullopt};
    if (start != 0) {
        return failed({}, *encoding,
                      "the file starts with a UTF-8 byte order mark but declares encoding \"" +
                          std::string(declared->name) + "\"; remove one of the two");
    }
    return decode_8bit(view, *encoding);
}

std::optional<std::string> encode_inventory(std::string_view utf8, SourceEncoding encoding) {
    if (encoding == SourceEncoding::utf8) return std::string(utf8);
    std::string out;
    bool representable = true;
    if (encoding == SourceEncoding::utf16le) out = kUtf16LeMark;
    if (encoding == SourceEncoding::utf16be) out = kUtf16BeMark;
    const auto unit = [&](char32_t u) {
        const auto high = static_cast<char>(u >> 8);
        const auto low = static_cast<char>(u & 0xFF);
        if (encoding == SourceEncoding::utf16le) out += {low, high};
        else out += {high, low};
    };
    for_each_character(utf8, [&](char32_t c) {
        if (encoding == SourceEncoding::utf16le || encoding == SourceEncoding::utf16be) {
            if (c < 0x10000) return unit(c);
            unit(0xD800 + ((c - 0x10000) >> 10));
            return unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        }
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            out += static_cast<char>(c);
            return;
        }
        const auto* const found = std::find(kWindows1252High.begin(), kWindows1252High.end(), c);
        if (encoding == SourceEncoding::windows1252 && c != kUndefined && found != kWindows1252High.end()) {
            out += static_cast<char>(0x80 + (found - kWindows1252High.begin()));
        } else {
            representable = false;
        }
    });
    if (!representable) return std::nullopt;
    return out;
}

}  // namespace upgrade_risk::inventory
