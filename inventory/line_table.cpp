#include "inventory/line_table.h"

#include <algorithm>
#include <cstring>

#include "inventory/byte_words.h"
#include "inventory/text_encoding.h"

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

/// The offset of the first byte above 0x7F in `text` at or after `from`, or text.size().
std::size_t next_high_byte(std::string_view text, std::size_t from) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (from + 8 <= text.size() && (byte_words::load(bytes + from) & byte_words::kHighBits) == 0) {
        from += 8;
    }
    while (from < text.size() && bytes[from] < 0x80) ++from;
    return from;
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
    // Most inventories are ASCII but for a few names: copy only the lines that are not.
    for (std::size_t high = next_high_byte(text, 0); high < text.size();) {
        const std::size_t line = line_of(high);
        const std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text.size();
        wide_lines_.push_back(static_cast<std::uint32_t>(line));
        wide_starts_.push_back(static_cast<std::uint32_t>(wide_text_.size()));
        wide_text_.append(text.substr(starts_[line], end - starts_[line]));
        high = next_high_byte(text, end);
    }
    last_line_ = 0;
}

std::size_t LineTable::line_of(std::size_t offset) const {
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
    return line;
}

std::size_t LineTable::characters_before(std::size_t line, std::size_t offset) const {
    const auto wide = std::lower_bound(wide_lines_.begin(), wide_lines_.end(), line);
    if (wide == wide_lines_.end() || *wide != line) return offset - starts_[line];
    const std::size_t index = static_cast<std::size_t>(wide - wide_lines_.begin());
    const std::size_t line_end =
        index + 1 < wide_starts_.size() ? wide_starts_[index + 1] : wide_text_.size();
    const std::string_view copy =
        std::string_view(wide_text_).substr(wide_starts_[index], line_end - wide_starts_[index]);
    const std::size_t bytes = std::min(offset - starts_[line], copy.size());
    // Counting on from the last answer keeps a long line's lookups in order linear.
    std::size_t from = 0;
    std::size_t characters = 0;
    if (last_wide_line_ == line && last_wide_offset_ <= bytes) {
        from = last_wide_offset_;
        characters = last_wide_column_;
    }
    characters += code_points(copy.substr(from, bytes - from));
    last_wide_line_ = line;
    last_wide_offset_ = bytes;
    last_wide_column_ = characters;
    return characters;
}

SourceLocation LineTable::locate(std::size_t offset) const {
    const std::size_t line = line_of(offset);
    return SourceLocation{static_cast<std::uint32_t>(line + 1),
                          static_cast<std::uint32_t>(characters_before(line, offset) + 1)};
}

}  // namespace upgrade_risk::inventory
