#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/copy_into.h"
#include "inventory/number_text.h"

namespace upgrade_risk::analyzer {

using inventory::copy_into;

/// The order a reader expects names in: case-insensitively, then by exact spelling.
bool name_less(std::string_view a, std::string_view b);

/// Sorts names with name_less.
void sort_names(std::vector<std::string>& names);

/// The parts one after the other, in one string of exactly their length: a sentence built
/// with chained `+` allocates at every step and keeps up to twice the room it needs, and
/// findings hold tens of thousands of sentences.
std::string concat(std::initializer_list<std::string_view> parts);

/// What comes before item `index` of a list of `count` a reader reads, "A, B and C": nothing
/// before the first, " and " before the last, ", " before the others.
constexpr std::string_view list_separator(std::size_t index, std::size_t count) {
    return index == 0 ? "" : index + 1 == count ? " and " : ", ";
}

/// join_names of `name(item)` for each item, without a vector of copied names; `name` is
/// called twice an item (to size the result, then to fill it), so it should be a lookup. The
/// result is sized once and filled in place, as concat does: a critical finding's cut-off
/// sites are fifty names, joined for every critical finding in four reports.
template <typename Range, typename Name>
std::string join_names_of(const Range& items, Name name) {
    const std::size_t count = std::size(items);
    std::size_t size = count < 2 ? 0 : 2 * (count - 2) + 5;  // ", " each, " and " last
    for (const auto& item : items) size += std::string_view(name(item)).size();
    std::string joined(size, '\0');
    char* out = joined.data();
    std::size_t i = 0;
    for (const auto& item : items) {
        out = copy_into(out, list_separator(i++, count));
        out = copy_into(out, name(item));
    }
    return joined;
}

/// "A", "A and B", "A, B and C".
std::string join_names(const std::vector<std::string>& names);

using inventory::number_text;

/// "1 server", "3 servers", "2,316,400 mailboxes": a count (number_text) with its noun, plural
/// by appending 's' ('es' after x).
std::string count_of(std::uint64_t count, std::string_view noun);

/// Hours as a reader says them: "24 hours", "1 hour", "36.5 hours".
std::string hours_text(std::int64_t seconds);

}  // namespace upgrade_risk::analyzer
