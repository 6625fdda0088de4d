#include "inventory/line_table.h"

#include <algorithm>
#include <cstring>

namespace upgrade_risk::inventory {
namespace {

/// Calls `found` with the offset that follows each '\n' of `text`, in order. memchr finds
/// them faster than a byte loop such as std::count, which -O2 leaves unvectorized.
template <typename Found>
void for_each_line_start(std::string_view text, Found found) {
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* newline = begin;
         (newline = static_cast<const char*>(
              std::memchr(newline, '\n', static_cast<std::size_t>(end - newline)))) != nullptr;) {
        ++newline;
        found(static_cast<std::size_t>(newline - begin));
    }
}

}  // namespace

LineTable::LineTable(std::string_view text) {
    // Counted first so the table is allocated once, at its final size.
    std::size_t lines = 1;
    for_each_line_start(text, [&](std::size_t) { ++lines; });
    starts_.reserve(lines);
    starts_.push_back(0);
    for_each_line_start(text, [&](std::size_t start) {
        starts_.push_back(static_cast<std::uint32_t>(start));
    });
}

SourceLocation LineTable::locate(std::size_t offset) const {
    // The model builder asks for every element in file order, so the line is nearly always
    // the one found last or one of the next few: look there before searching the table.
    std::size_t line = offset >= starts_[last_line_] ? last_line_ : 0;
    const std::size_t nearby_end = std::min(line + 8, starts_.size());
    while (line + 1 < nearby_end && starts_[line + 1] <= offset) ++line;
    if (line + 1 == nearby_end && nearby_end < starts_.size() && starts_[nearby_end] <= offset) {
        const auto next = std::upper_bound(
            starts_.begin() + static_cast<std::ptrdiff_t>(nearby_end), starts_.end(), offset);
        line = static_cast<std::size_t>(next - starts_.begin()) - 1;
    }
    last_line_ = line;
    return SourceLocation{static_cast<std::uint32_t>(line + 1),
                          static_cast<std::uint32_t>(offset - starts_[line] + 1)};
}

}  // namespace upgrade_risk::inventory
