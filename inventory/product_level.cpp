#include "inventory/product_level.h"

#include <array>
#include <charconv>

#include "inventory/copy_into.h"

namespace upgrade_risk::inventory {
namespace {

// Builds by service pack, from Q158530 (4.0, 5.0) and Q166349 (5.5).
constexpr std::array<int, 6> kBuilds40 = {837, 838, 993, 994, 995, 996};
constexpr std::array<int, 3> kBuilds50 = {1457, 1458, 1460};
constexpr std::array<int, 5> kBuilds55 = {1960, 2232, 2448, 2650, 2653};

}  // namespace

std::optional<Version> parse_version(std::string_view text) {
    if (text == "4.0") return Version::v4_0;
    if (text == "5.0") return Version::v5_0;
    if (text == "5.5") return Version::v5_5;
    return std::nullopt;
}

std::string_view to_string(Version version) {
    switch (version) {
        case Version::v4_0: return "4.0";
        case Version::v5_0: return "5.0";
        case Version::v5_5: return "5.5";
    }
    return "?";
}

std::string to_string(const ProductLevel& level) {
    // Spelled in a buffer and made a string once, which stays in the string's own bytes: the
    // words of a large run name a level a hundred thousand times and more.
    char text[24];  // "4.0 SP" and any int
    char* end = copy_into(text, to_string(level.version));
    if (level.service_pack > 0) {
        end = std::to_chars(copy_into(end, " SP"), text + sizeof text, level.service_pack).ptr;
    }
    return std::string(text, static_cast<std::size_t>(end - text));
}

int max_service_pack(Version version) {
    switch (version) {
        case Version::v4_0: return static_cast<int>(kBuilds40.size()) - 1;
        case Version::v5_0: return static_cast<int>(kBuilds50.size()) - 1;
        case Version::v5_5: return static_cast<int>(kBuilds55.size()) - 1;
    }
    return 0;
}

std::optional<int> build_number(const ProductLevel& level) {
    if (level.service_pack < 0 || level.service_pack > max_service_pack(level.version)) {
        return std::nullopt;
    }
    const auto sp = static_cast<std::size_t>(level.service_pack);
    switch (level.version) {
        case Version::v4_0: return kBuilds40[sp];
        case Version::v5_0: return kBuilds50[sp];
        case Version::v5_5: return kBuilds55[sp];
    }
    return std::nullopt;
}

}  // namespace upgrade_risk::inventory
