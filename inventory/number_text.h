#pragma once

#include <cstdint>
#include <string>

namespace upgrade_risk::inventory {

/// "7", "41,365", "2,316,400": a number as a reader says it, thousands separated. Every
/// message and report that counts for a person uses it.
std::string number_text(std::uint64_t number);

}  // namespace upgrade_risk::inventory
