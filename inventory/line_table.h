#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

/// Turns byte offsets into a text into 1-based line:column, from a table of where each line
/// starts, built once. Lookups in increasing order (how the loader asks) cost a few
/// comparisons each; any other order a binary search.
class LineTable {
public:
    /// Indexes `text`, which must be shorter than 4 GiB (input_limits.h refuses files long
    /// before, at 512 MiB).
    explicit LineTable(std::string_view text);

    /// The line and column of the byte at `offset` (the column counts bytes).
    [[nodiscard]] SourceLocation locate(std::size_t offset) const;

private:
    std::vector<std::uint32_t> starts_;  ///< 32 bits: half the memory of size_t.
    /// The line (0-based) of the last answer, where the next search starts: a cache, so
    /// const calls change it (a table is used by one thread only).
    mutable std::size_t last_line_ = 0;
};

}  // namespace upgrade_risk::inventory
