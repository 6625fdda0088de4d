#include "tests/robustness/mutator.h"

#include <vector>

namespace upgrade_risk::robustness {

std::size_t Mutator::below(std::size_t bound) {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return bound == 0 ? 0 : static_cast<std::size_t>(z % bound);
}

std::vector<std::size_t> Mutator::value_starts(std::string_view text) {
    std::vector<std::size_t> starts;
    for (std::size_t pos = text.find("=\""); pos != std::string_view::npos; pos = text.find("=\"", pos + 2)) {
        starts.push_back(pos + 1);
    }
    return starts;
}

std::string Mutator::flip_bytes(std::string text) {
    const std::size_t flips = 1 + below(8);
    for (std::size_t i = 0; i < flips && !text.empty(); ++i) {
        text[below(text.size())] = static_cast<char>(below(256));
    }
    return text;
}

std::string Mutator::truncate(std::string text) {
    text.resize(below(text.size() + 1));
    return text;
}

std::string Mutator::duplicate_element(std::string text) {
    // A whole line holding one element, pasted once more (a duplicate server, site, wave...).
    const std::size_t start = text.rfind('\n', below(text.size())) + 1;
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) return text;
    const std::string line = text.substr(start, end - start + 1);
    text.insert(below(2) == 0 ? start : end + 1, line);
    return text;
}

std::string Mutator::huge_number(std::string text) {
    static const char* const kNumbers[] = {"99999999999999999999999", "-1", "4294967296",
                                           "-9223372036854775809", "1e308", "0x7fffffff",
                                           "18446744073709551616", "5.5.5.5", "NaN", ""};
    const auto starts = value_starts(text);
    if (starts.empty()) return text;
    const std::size_t open = starts[below(starts.size())];
    const std::size_t close = text.find('"', open + 1);
    text.replace(open + 1, close - open - 1, kNumbers[below(std::size(kNumbers))]);
    return text;
}

std::string Mutator::long_value(std::string text) {
    const auto starts = value_starts(text);
    if (starts.empty()) return text;
    const std::size_t open = starts[below(starts.size())];
    const std::size_t close = text.find('"', open + 1);
    static const std::size_t kLengths[] = {255, 256, 1000, 4096, 4097, 100'000};
    const std::string filler = below(2) == 0 ? "A" : "\xC3\xA9<&amp;>";  // plain, or needing escapes
    std::string value;
    while (value.size() < kLengths[below(std::size(kLengths))]) value += filler;
    text.replace(open + 1, close - open - 1, value);
    return text;
}

std::string Mutator::delete_attribute(std::string text) {
    const auto starts = value_starts(text);
    if (starts.empty()) return text;
    const std::size_t open = starts[below(starts.size())];
    const std::size_t close = text.find('"', open + 1);
    const std::size_t name_start = text.rfind(' ', open);
    if (name_start == std::string::npos || close == std::string::npos) return text;
    text.erase(name_start, close + 1 - name_start);
    return text;
}

std::string Mutator::swap_values(std::string text) {
    const auto starts = value_starts(text);
    if (starts.size() < 2) return text;
    std::size_t a = starts[below(starts.size())];
    std::size_t b = starts[below(starts.size())];
    if (a == b) return text;
    if (a > b) std::swap(a, b);
    const std::size_t a_end = text.find('"', a + 1);
    const std::size_t b_end = text.find('"', b + 1);
    const std::string first = text.substr(a + 1, a_end - a - 1);
    const std::string second = text.substr(b + 1, b_end - b - 1);
    text.replace(b + 1, second.size(), first);  // the later one first, so `a` stays valid
    text.replace(a + 1, first.size(), second);
    return text;
}

std::string Mutator::drop_end_tag(std::string text) {
    std::vector<std::size_t> ends;
    for (std::size_t pos = text.find("</"); pos != std::string::npos; pos = text.find("</", pos + 2)) {
        ends.push_back(pos);
    }
    if (ends.empty()) return text;
    const std::size_t start = ends[below(ends.size())];
    text.erase(start, text.find('>', start) + 1 - start);
    return text;
}

std::string Mutator::mutate(std::string_view text, std::string& kind) {
    using Mutation = std::string (Mutator::*)(std::string);
    static const std::pair<const char*, Mutation> kMutations[] = {
        {"byte flips", &Mutator::flip_bytes},
        {"truncation", &Mutator::truncate},
        {"duplicated element", &Mutator::duplicate_element},
        {"huge number", &Mutator::huge_number},
        {"long value", &Mutator::long_value},
        {"deleted attribute", &Mutator::delete_attribute},
        {"swapped values", &Mutator::swap_values},
        {"dropped end tag", &Mutator::drop_end_tag},
    };
    std::string result(text);
    // Sometimes two mutations at once: real damage rarely comes alone.
    const std::size_t rounds = 1 + below(2);
    kind.clear();
    for (std::size_t round = 0; round < rounds; ++round) {
        const auto& [name, mutation] = kMutations[below(std::size(kMutations))];
        kind += kind.empty() ? name : std::string(" + ") + name;
        result = (this->*mutation)(std::move(result));
    }
    return result;
}

}  // namespace upgrade_risk::robustness
