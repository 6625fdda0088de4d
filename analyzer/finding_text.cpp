#include "analyzer/finding_text.h"

#include <algorithm>
#include <ostream>

namespace upgrade_risk::analyzer {
namespace {

/// Blocks are this large; a text of more than a quarter of one gets a block of its own, so
/// little room is left unused at the end of a block.
constexpr std::size_t kBlockSize = 64 * 1024;

}  // namespace

std::ostream& operator<<(std::ostream& out, Text text) { return out << text.view(); }

char* TextStore::allocate(std::size_t size) {
    if (size > kBlockSize / 4) {
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        return blocks_.back().get();  // the ordinary block's free room stays where it was
    }
    if (size > left_) {
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockSize));
        next_ = blocks_.back().get();
        left_ = kBlockSize;
    }
    char* const room = next_;
    next_ += size;
    left_ -= size;
    return room;
}

Text TextStore::keep(std::string_view text) { return concat({text}); }

Text TextStore::concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view part : parts) size += part.size();
    if (size == 0) return Text();
    char* const start = allocate(size);
    char* out = start;
    for (const std::string_view part : parts) out = std::copy(part.begin(), part.end(), out);
    return Text(std::string_view(start, size));
}

}  // namespace upgrade_risk::analyzer
