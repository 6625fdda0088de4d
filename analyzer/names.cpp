#include "analyzer/names.h"

#include <algorithm>
#include <cctype>

namespace upgrade_risk::analyzer {

void sort_names(std::vector<std::string>& names) {
    const auto folded_less = [](const std::string& a, const std::string& b) {
        const auto lower = [](unsigned char c) { return std::tolower(c); };
        const bool less = std::lexicographical_compare(
            a.begin(), a.end(), b.begin(), b.end(),
            [&](unsigned char x, unsigned char y) { return lower(x) < lower(y); });
        const bool greater = std::lexicographical_compare(
            b.begin(), b.end(), a.begin(), a.end(),
            [&](unsigned char x, unsigned char y) { return lower(x) < lower(y); });
        return less || (!greater && a < b);
    };
    std::sort(names.begin(), names.end(), folded_less);
}

std::string join_names(const std::vector<std::string>& names) {
    std::string joined;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) joined += i + 1 == names.size() ? " and " : ", ";
        joined += names[i];
    }
    return joined;
}

std::string count_of(std::uint64_t count, std::string_view noun) {
    std::string text = std::to_string(count) + " " + std::string(noun);
    if (count != 1) text += noun.ends_with('x') ? "es" : "s";
    return text;
}

std::string hours_text(std::int64_t seconds) {
    const std::int64_t whole = seconds / 3600;
    const std::int64_t minutes = (seconds % 3600) / 60;
    std::string text = std::to_string(whole);
    if (minutes != 0) text += " h " + std::to_string(minutes) + " min";
    else text += whole == 1 ? " hour" : " hours";
    return text;
}

}  // namespace upgrade_risk::analyzer
