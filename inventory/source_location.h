#pragma once

#include <cstdint>

namespace upgrade_risk::inventory {

/// A 1-based line and column in the inventory file; 0:0 when unknown.
struct SourceLocation {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

}  // namespace upgrade_risk::inventory
