#include "analyzer/names.h"

#include <algorithm>

namespace upgrade_risk::analyzer {

bool name_less(std::string_view a, std::string_view b) {
    // One pass with a table-free fold: this runs O(n log n) times when sorting site lists.
    const auto fold = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; };
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) {
        const int x = fold(static_cast<unsigned char>(a[i]));
        const int y = fold(static_cast<unsigned char>(b[i]));
        if (x != y) return x < y;
    }
    if (a.size() != b.size()) return a.size() < b.size();
    return a < b;
}

void sort_names(std::vector<std::string>& names) {
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return name_less(a, b); });
}

std::string concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view part : parts) size += part.size();
    // Sized once and filled in place: each += checked the room and called memcpy's whole
    // machinery again for parts of a few bytes (" (site ", "'s"), millions of them in a large
    // run's words.
    std::string text(size, '\0');
    char* out = text.data();
    for (const std::string_view part : parts) out = copy_into(out, part);
    return text;
}

std::string join_names(const std::vector<std::string>& names) {
    return join_names_of(names, [](const std::string& name) -> const std::string& { return name; });
}

std::string count_of(std::uint64_t count, std::string_view noun) {
    const std::string_view plural = count == 1 ? "" : noun.ends_with('x') ? "es" : "s";
    // The number spelled straight into the words: a large run's findings count thousands of
    // servers, sites and mailboxes.
    char number[inventory::kNumberTextAtMost];
    const auto digits =
        static_cast<std::size_t>(inventory::write_number_text(number, count) - number);
    std::string text(digits + 1 + noun.size() + plural.size(), '\0');
    char* out = copy_into(text.data(), std::string_view(number, digits));
    *out++ = ' ';
    copy_into(copy_into(out, noun), plural);
    return text;
}

std::string hours_text(std::int64_t seconds) {
    const std::int64_t whole = seconds / 3600;
    const std::int64_t minutes = (seconds % 3600) / 60;
    const std::int64_t rest = seconds % 60;
    std::string text = std::to_string(whole);
    // Seconds only when there are some: a backup 24 h 0 min 1 s old must not read "24 hours"
    // next to "at most 24 hours".
    if (rest != 0) return text + " h " + std::to_string(minutes) + " min " + std::to_string(rest) + " s";
    if (minutes != 0) text += " h " + std::to_string(minutes) + " min";
    else text += whole == 1 ? " hour" : " hours";
    return text;
}

}  // namespace upgrade_risk::analyzer
