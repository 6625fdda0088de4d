#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// An Exchange Server release this tool knows about.
enum class Version { v4_0, v5_0, v5_5 };

/// A version plus service pack, ordered by (version, service pack) as Q158530/Q166349 list them.
struct ProductLevel {
    Version version = Version::v4_0;
    int service_pack = 0;

    friend auto operator<=>(const ProductLevel&, const ProductLevel&) = default;
};

/// Parses "4.0", "5.0" or "5.5".
std::optional<Version> parse_version(std::string_view text);

/// "4.0", "5.0" or "5.5".
std::string_view to_string(Version version);

/// "4.0 SP4", "5.5" (no SP suffix for RTM).
std::string to_string(const ProductLevel& level);

/// The highest service pack released for a version (4.0: 5, 5.0: 2, 5.5: 4).
int max_service_pack(Version version);

/// The build number of a release, per the build table in domain.md; nullopt when unknown.
std::optional<int> build_number(const ProductLevel& level);

}  // namespace upgrade_risk::inventory
