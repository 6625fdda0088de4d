#pragma once

#include <cstdint>
#include <string>

namespace upgrade_risk::inventory {

/// A 1-based line and column in the inventory file; 0:0 when unknown.
struct SourceLocation {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

/// "12:7": where a message or a report points in the inventory file.
inline std::string line_column(SourceLocation where) {
    return std::to_string(where.line) + ':' + std::to_string(where.column);
}

}  // namespace upgrade_risk::inventory
