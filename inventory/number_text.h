#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace upgrade_risk::inventory {

/// "7", "41,365", "2,316,400": a number as a reader says it, thousands separated. Every
/// message and report that counts for a person uses it.
std::string number_text(std::uint64_t number);

/// The most bytes number_text spells: 20 digits and 6 commas.
inline constexpr std::size_t kNumberTextAtMost = 26;

/// number_text written at `out`, which has room for kNumberTextAtMost bytes; returns where it
/// ends. For a sentence that spells a count among its words without a string of its own.
char* write_number_text(char* out, std::uint64_t number);

}  // namespace upgrade_risk::inventory
