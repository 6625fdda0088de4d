#include "inventory/nearest_name.h"

#include <algorithm>

#include "inventory/text_encoding.h"

namespace upgrade_risk::inventory {
namespace {

constexpr auto fold = ascii_lower;

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// two adjacent letters each cost 1 (a swap is the most common typo: "servre"). Three rows of
/// the table are kept, in `rows`, which the caller reuses from one candidate to the next.
std::size_t edit_distance(std::string_view a, std::string_view b, std::vector<std::size_t>& rows) {
    const std::size_t width = b.size() + 1;
    rows.assign(3 * width, 0);
    const auto row = [&](std::size_t i) { return rows.data() + (i % 3) * width; };
    for (std::size_t j = 0; j < width; ++j) row(0)[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t* const current = row(i);
        const std::size_t* const above = row(i - 1);
        const std::size_t* const two_above = row(i - 2);
        current[0] = i;
        for (std::size_t j = 1; j < width; ++j) {
            const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
            current[j] = std::min({above[j] + 1, current[j - 1] + 1, above[j - 1] + cost});
            if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) &&
                fold(a[i - 2]) == fold(b[j - 1])) {
                current[j] = std::min(current[j], two_above[j - 2] + 1);
            }
        }
    }
    return row(a.size())[b.size()];
}

}  // namespace

std::optional<std::string> nearest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates) {
    // A third of the name may be wrong (at least one letter, at most three): close enough
    // to be a typo, far enough apart that "SERVER1" is never offered for "MAIL7".
    const std::size_t allowed = std::clamp<std::size_t>(wrong.size() / 3, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    std::vector<std::size_t> rows;
    for (const std::string& candidate : candidates) {
        // The distance is at least the difference in length: most candidates end here.
        const std::size_t longer = std::max(wrong.size(), candidate.size());
        if (longer - std::min(wrong.size(), candidate.size()) >= best_distance) continue;
        const std::size_t distance = edit_distance(wrong, candidate, rows);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates) {
    const auto nearest = nearest_name(wrong, candidates);
    return nearest ? " (did you mean '" + *nearest + "'?)" : std::string();
}

std::string list_choices(const std::vector<std::string>& choices) {
    std::string text;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) text += i + 1 == choices.size() ? " or " : ", ";
        text += choices[i];
    }
    return text;
}

}  // namespace upgrade_risk::inventory
