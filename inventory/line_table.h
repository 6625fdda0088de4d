#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

/// Turns byte offsets into a UTF-8 text into 1-based line:column, from a table of where each
/// line starts, built once. The column counts characters (Unicode code points), as an editor
/// does, so it is the same whatever encoding the file was read from. Lookups in increasing
/// order (how the loader asks) cost a few comparisons each; any other order a binary search.
class LineTable {
public:
    /// Indexes `text`, which must be shorter than 4 GiB (input_limits.h refuses files long
    /// before, at 512 MiB). The parser may rewrite the text afterwards: the table keeps its own
    /// copy of the few lines that hold a character of more than one byte.
    explicit LineTable(std::string_view text);

    /// The line and column of the byte at `offset`.
    [[nodiscard]] SourceLocation locate(std::size_t offset) const;

private:
    [[nodiscard]] std::size_t line_of(std::size_t offset) const;
    /// Characters from the start of `line` to `offset`, for a line that has a multi-byte one.
    [[nodiscard]] std::size_t characters_before(std::size_t line, std::size_t offset) const;

    std::vector<std::uint32_t> starts_;  ///< 32 bits: half the memory of size_t.
    /// The lines (0-based, increasing) with a byte above 0x7F, where bytes and characters
    /// differ; their text, one after the other, and where each starts in it.
    std::vector<std::uint32_t> wide_lines_;
    std::vector<std::uint32_t> wide_starts_;
    std::string wide_text_;
    /// The line (0-based) of the last answer, where the next search starts, and on a wide line
    /// the last offset and its column: a cache, so const calls change it (a table is used by
    /// one thread only).
    mutable std::size_t last_line_ = 0;
    mutable std::size_t last_wide_offset_ = 0;
    mutable std::size_t last_wide_column_ = 0;
    mutable std::size_t last_wide_line_ = SIZE_MAX;
};

}  // namespace upgrade_risk::inventory
