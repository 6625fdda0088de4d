#include "inventory/text_encoding.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "inventory/byte_words.h"

namespace upgrade_risk::inventory {
namespace {

std::string hex(unsigned value, int digits) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*X", digits, value);
    return buffer;
}

/// Control characters are C0 (but tab, newline, carriage return), DEL and C1.
bool is_control(std::uint32_t code_point) {
    if (code_point == '\t' || code_point == '\n' || code_point == '\r') return false;
    return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

BadCharacter invalid_byte(std::size_t offset, unsigned char byte) {
    return {offset, "the byte " + byte_text(byte) +
                        ", which is not valid UTF-8 (save the inventory as UTF-8)"};
}

/// True when the eight bytes at `bytes` are all printable ASCII (0x20 to 0x7E).
bool all_printable_ascii(const unsigned char* bytes) {
    using namespace byte_words;
    const std::uint64_t word = load(bytes);
    return ((word & kHighBits) | has_below(word, 0x20) | has_byte(word, 0x7F)) == 0;
}

/// Printable ASCII, a tab, a newline or a carriage return: a character that needs no closer look.
bool is_plain(unsigned char byte) {
    return (byte >= 0x20 && byte < 0x7F) || byte == '\t' || byte == '\n' || byte == '\r';
}

/// next_unusual, eight bytes at a time: for processors without SSE2, and for the last bytes.
std::size_t next_unusual_by_words(std::string_view text, std::size_t from) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (from < text.size()) {
        if (from + 8 <= text.size() && all_printable_ascii(bytes + from)) {
            from += 8;
            continue;
        }
        for (const std::size_t stop = std::min(from + 8, text.size()); from < stop; ++from) {
            if (!is_plain(bytes[from])) return from;
        }
    }
    return text.size();
}

/// Where, at or after `from`, the first byte that is not is_plain() is; text.size() when there
/// is none. Most of an inventory is plain, and skipped here sixteen bytes at a time with SSE2
/// (its line ends included, which stop a word-at-a-time test): only what this finds is read a
/// character at a time, so the scan costs a fraction of the parse.
std::size_t next_unusual(std::string_view text, std::size_t from) {
#if defined(__SSE2__)
    for (; from + 16 <= text.size(); from += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
        // chunk <= 0x1F, unsigned: its minimum with 0x1F is itself.
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(chunk, _mm_set1_epi8(0x1F)), chunk);
        const __m128i spaces = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\t')),
                                                         _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\n'))),
                                            _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\r')));
        const __m128i unusual =
            _mm_or_si128(_mm_andnot_si128(spaces, control), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7F)));
        // The chunk's own high bits are its bytes of 0x80 and above.
        if (const int mask = _mm_movemask_epi8(unusual) | _mm_movemask_epi8(chunk); mask != 0) {
            return from + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        }
    }
#endif
    return next_unusual_by_words(text, from);
}

/// Checks the character that starts at `bytes[i]` and sets `length` to its size in bytes.
std::optional<BadCharacter> check_character(const unsigned char* bytes, std::size_t size,
                                            std::size_t i, std::size_t& length) {
    const unsigned char lead = bytes[i];
    if (lead >= 0x20 && lead < 0x7F) return std::nullopt;
    if (lead == 0) return BadCharacter{i, "a NUL byte, which a text file never has (is this the right file?)"};
    // The lead byte fixes the sequence length and the range of its first continuation
    // byte; the ranges exclude overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    std::uint32_t code_point = lead;
    if (lead < 0x80) {
        length = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code_point = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code_point = lead & 0x0Fu;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code_point = lead & 0x07u;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return invalid_byte(i, lead);
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= size) return invalid_byte(i, lead);
        const unsigned char next = bytes[i + k];
        const bool in_range = k == 1 ? next >= low && next <= high : is_utf8_continuation(next);
        if (!in_range) return invalid_byte(i, lead);
        code_point = (code_point << 6) | (next & 0x3Fu);
    }
    if (is_control(code_point)) {
        return BadCharacter{i, "the control character U+" + hex(code_point, 4) +
                                   ", which an inventory may not contain (remove it)"};
    }
    return std::nullopt;
}

}  // namespace

std::optional<BadCharacter> find_bad_character(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = next_unusual(text, 0); i < text.size(); i = next_unusual(text, i)) {
        std::size_t length = 1;
        if (auto bad = check_character(bytes, text.size(), i, length)) return bad;
        i += length;
    }
    return std::nullopt;
}

std::string byte_text(unsigned char byte) { return "0x" + hex(byte, 2); }

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
        return !is_utf8_continuation(static_cast<unsigned char>(byte));
    }));
}

std::size_t code_points_prefix_bytes(std::string_view text, std::size_t count) {
    for (std::size_t bytes = 0; bytes < text.size(); ++bytes) {
        if (!is_utf8_continuation(static_cast<unsigned char>(text[bytes])) && count-- == 0) return bytes;
    }
    return text.size();
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

std::string clip(std::string_view text, std::size_t at_most) {
    const std::size_t bytes = code_points_prefix_bytes(text, at_most);
    if (bytes == text.size()) return std::string(text);
    return std::string(text.substr(0, bytes)) + "\xE2\x80\xA6";  // …
}

void make_ascii_lower(std::string& text) {
    using namespace byte_words;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = load(text.data() + i);
        const std::uint64_t capitals = in_range(word, 'A', 'Z');
        if (capitals == 0) continue;
        word |= capitals >> 2;
        std::memcpy(text.data() + i, &word, sizeof word);
    }
    for (; i < text.size(); ++i) text[i] = ascii_lower(text[i]);
}

}  // namespace upgrade_risk::inventory
