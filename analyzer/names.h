#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::analyzer {

/// The order a reader expects names in: case-insensitively, then by exact spelling.
bool name_less(std::string_view a, std::string_view b);

/// Sorts names with name_less.
void sort_names(std::vector<std::string>& names);

/// "A", "A and B", "A, B and C".
std::string join_names(const std::vector<std::string>& names);

/// "1 server", "3 servers", "2,316,400 mailboxes": a count (thousands separated) with its
/// noun, plural by appending 's' ('es' after x).
std::string count_of(std::uint64_t count, std::string_view noun);

/// Hours as a reader says them: "24 hours", "1 hour", "36.5 hours".
std::string hours_text(std::int64_t seconds);

}  // namespace upgrade_risk::analyzer
