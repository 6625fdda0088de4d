#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::cli {

/// The candidate closest to `typed` by edit distance (case-insensitive), for "did you mean";
/// empty when none is close enough to be a plausible typo.
std::string nearest_name(std::string_view typed, const std::vector<std::string_view>& candidates);

}  // namespace upgrade_risk::cli
