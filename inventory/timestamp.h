#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// An ISO 8601 date-time as written in the inventory, with its instant in UTC.
struct Timestamp {
    std::string text;                 ///< As the inventory spelled it.
    std::int64_t epoch_seconds = 0;   ///< Seconds since 1970-01-01T00:00:00Z.
};

/// Parses an ISO 8601 date-time: YYYY-MM-DDThh:mm[:ss[.fff]] followed by Z or ±hh:mm,
/// or a bare date YYYY-MM-DD (taken as midnight UTC). Nullopt when malformed or impossible.
std::optional<Timestamp> parse_timestamp(std::string_view text);

/// Formats an instant as YYYY-MM-DDThh:mm:ssZ.
std::string format_utc(std::int64_t epoch_seconds);

}  // namespace upgrade_risk::inventory
