#include "inventory/timestamp.h"

#include <cstdio>
#include <chrono>

namespace upgrade_risk::inventory {
namespace {

/// Reads exactly `width` digits at `pos`, advancing it.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text) {
    std::size_t pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year || !expect(text, pos, '-')) return std::nullopt;
    const auto month = digits(text, pos, 2);
    if (!month || !expect(text, pos, '-')) return std::nullopt;
    const auto day = digits(text, pos, 2);
    if (!day) return std::nullopt;

    const std::chrono::year_month_day date{std::chrono::year{*year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    std::int64_t seconds =
        std::chrono::sys_days{date}.time_since_epoch() / std::chrono::seconds{1};

    if (pos == text.size()) return Timestamp{std::string(text), seconds};
    if (!expect(text, pos, 'T')) return std::nullopt;

    const auto hour = digits(text, pos, 2);
    if (!hour || *hour > 23 || !expect(text, pos, ':')) return std::nullopt;
    const auto minute = digits(text, pos, 2);
    if (!minute || *minute > 59) return std::nullopt;
    int second = 0;
    if (expect(text, pos, ':')) {
        const auto parsed = digits(text, pos, 2);
        if (!parsed || *parsed > 60) return std::nullopt;  // 60: a leap second
        second = *parsed;
        if (expect(text, pos, '.')) {
            const std::size_t fraction_start = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
            if (pos == fraction_start) return std::nullopt;
        }
    }
    seconds += *hour * 3600 + *minute * 60 + second;

    if (expect(text, pos, 'Z')) {
        return pos == text.size() ? std::optional<Timestamp>(Timestamp{std::string(text), seconds})
                                  : std::nullopt;
    }
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
    const int sign = text[pos] == '+' ? 1 : -1;
    ++pos;
    const auto offset_hours = digits(text, pos, 2);
    if (!offset_hours || *offset_hours > 23 || !expect(text, pos, ':')) return std::nullopt;
    const auto offset_minutes = digits(text, pos, 2);
    if (!offset_minutes || *offset_minutes > 59 || pos != text.size()) return std::nullopt;
    seconds -= sign * (*offset_hours * 3600 + *offset_minutes * 60);
    return Timestamp{std::string(text), seconds};
}

std::string format_utc(std::int64_t epoch_seconds) {
    const std::chrono::sys_seconds instant{std::chrono::seconds{epoch_seconds}};
    const auto day = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{instant - day};
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()),
                  static_cast<long long>(time.hours().count()),
                  static_cast<long long>(time.minutes().count()),
                  static_cast<long long>(time.seconds().count()));
    return buffer;
}

}  // namespace upgrade_risk::inventory
