#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace upgrade_risk::cli {

/// Parses a --max-backup-age value: "36h", "2d" or plain hours ("24"); nullopt when
/// malformed, zero or negative.
std::optional<std::int64_t> parse_duration_seconds(std::string_view text);

}  // namespace upgrade_risk::cli
