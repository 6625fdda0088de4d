#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::inventory {

/// The candidate closest to `wrong` (case-insensitive edit distance), when it is close
/// enough to be the likely intended name; nullopt when nothing is near.
std::optional<std::string> nearest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates);

/// " (did you mean 'X'?)" for the nearest candidate, or "" when nothing is near.
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);

/// "a, b or c": the valid choices of a closed list, for messages.
std::string list_choices(const std::vector<std::string>& choices);

}  // namespace upgrade_risk::inventory
