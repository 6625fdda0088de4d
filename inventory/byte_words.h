#pragma once

#include <cstdint>
#include <cstring>

namespace upgrade_risk::inventory {

/// Text scanned eight bytes at a time: most of an inventory, and of the reports written from
/// it, is plain ASCII that needs no check or escape, and a word at a time skips it for a
/// fraction of a byte loop's cost. The tests are "has a byte less than n" and "has a zero
/// byte" from Bit Twiddling Hacks (Sean Anderson): each tells whether a word holds such a byte
/// at all, not which one, so the caller looks at that word byte by byte.
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

}  // namespace byte_words
}  // namespace upgrade_risk::inventory
