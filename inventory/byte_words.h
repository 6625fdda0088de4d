#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace upgrade_risk::inventory {

/// Text scanned eight bytes at a time (sixteen with SSE2, find_first): most of an inventory,
/// and of the reports written from it, is plain ASCII that needs no check or escape, and a word
/// at a time skips it for a fraction of a byte loop's cost. The tests are "has a byte less than
/// n" and "has a zero byte" from Bit Twiddling Hacks (Sean Anderson): each tells whether a word
/// holds such a byte at all, not which one, so the caller looks at that word byte by byte;
/// in_range marks the bytes of a range, which is how ASCII case is folded a word at a time.
namespace byte_words {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

/// The eight bytes at `bytes`, in any order (only whole-word tests follow).
inline std::uint64_t load(const void* bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

/// Non-zero when a byte of `word` is below `n` (n at most 0x80); bytes of 0x80 and above never
/// count.
inline std::uint64_t has_below(std::uint64_t word, unsigned char n) {
    return (word - kOnes * n) & ~word & kHighBits;
}

/// Non-zero when a byte of `word` is `c`.
inline std::uint64_t has_byte(std::uint64_t word, unsigned char c) {
    const std::uint64_t x = word ^ (kOnes * c);
    return (x - kOnes) & ~x & kHighBits;
}

/// The high bit of each byte of `word` that lies between `first` and `last` (ASCII, inclusive);
/// bytes of 0x80 and above never count. Shifted right by two it is 0x20 in each such byte, the
/// bit that tells ASCII capitals from small letters.
inline std::uint64_t in_range(std::uint64_t word, unsigned char first, unsigned char last) {
    // Per byte of its low seven bits: the high bit of `from_first` is set when it is `first` or
    // above, that of `past_last` when it is above `last`; neither sum carries into the next byte.
    const std::uint64_t low_seven = word & ~kHighBits;
    const std::uint64_t from_first = low_seven + kOnes * (0x80 - first);
    const std::uint64_t past_last = low_seven + kOnes * (0x7F - last);
    return (from_first ^ past_last) & ~word & kHighBits;
}

/// Whether `byte` is one of `Bytes` or (when `Below` is not 0) below `Below`.
template <unsigned char Below, unsigned char... Bytes>
constexpr bool is_one_of(unsigned char byte) {
    return byte < Below || ((byte == Bytes) || ...);
}

/// find_first, eight bytes at a time: for processors without SSE2.
template <unsigned char Below, unsigned char... Bytes>
std::size_t find_first_by_words(std::string_view text, std::size_t from) {
    static_assert(Below <= 0x80, "has_below counts no byte of 0x80 and above");
    for (; from + 8 <= text.size(); from += 8) {
        const std::uint64_t word = load(text.data() + from);
        std::uint64_t hits = Below > 0 ? has_below(word, Below) : 0;
        ((hits |= has_byte(word, Bytes)), ...);
        if (hits != 0) break;
    }
    for (; from < text.size(); ++from) {
        if (is_one_of<Below, Bytes...>(static_cast<unsigned char>(text[from]))) return from;
    }
    return text.size();
}

#if defined(__SSE2__)
/// find_first, sixteen bytes at a time (SSE2, which every x86-64 processor has).
template <unsigned char Below, unsigned char... Bytes>
std::size_t find_first_by_vectors(std::string_view text, std::size_t from) {
    for (; from + 16 <= text.size(); from += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(chunk, _mm_set1_epi8(static_cast<char>(Bytes))))), ...);
        if constexpr (Below > 0) {
            // chunk <= Below - 1, unsigned: its minimum with Below - 1 is itself.
            const __m128i limit = _mm_set1_epi8(static_cast<char>(Below - 1));
            hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(chunk, limit), chunk));
        }
        if (const int mask = _mm_movemask_epi8(hits); mask != 0) {
            return from + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        }
    }
    return find_first_by_words<Below, Bytes...>(text, from);
}
#endif

/// The offset of the first byte of `text`, at or after `from`, that is one of `Bytes` or (when
/// `Below` is not 0) below `Below`; text.size() when there is none. The escapers of every
/// report and the inventory's scan for markup spend most of their time here, on text that
/// holds nothing to find.
template <unsigned char Below, unsigned char... Bytes>
std::size_t find_first(std::string_view text, std::size_t from) {
#if defined(__SSE2__)
    return find_first_by_vectors<Below, Bytes...>(text, from);
#else
    return find_first_by_words<Below, Bytes...>(text, from);
#endif
}

}  // namespace byte_words
}  // namespace upgrade_risk::inventory
