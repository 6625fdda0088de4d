#include "inventory/line_table.h"

#include <algorithm>
#include <cstring>

namespace upgrade_risk::inventory {

LineTable::LineTable(std::string_view text) {
    // Counted first so the table is allocated once, at its final size.
    starts_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    starts_.push_back(0);
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* newline = begin;
         (newline = static_cast<const char*>(
              std::memchr(newline, '\n', static_cast<std::size_t>(end - newline)))) != nullptr;) {
        ++newline;
        starts_.push_back(static_cast<std::uint32_t>(newline - begin));
    }
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
