#include "analyzer/cli/duration.h"

#include <charconv>

namespace upgrade_risk::cli {

std::optional<std::int64_t> parse_duration_seconds(std::string_view text) {
    std::int64_t unit = 3600;
    if (!text.empty()) {
        switch (text.back()) {
            case 'd': unit = 24 * 3600; text.remove_suffix(1); break;
            case 'h': text.remove_suffix(1); break;
            default: break;
        }
    }
    std::int64_t amount = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), amount);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || amount <= 0 ||
        amount > 100LL * 365 * 24 * 3600 / unit) {
        return std::nullopt;
    }
    return amount * unit;
}

}  // namespace upgrade_risk::cli
