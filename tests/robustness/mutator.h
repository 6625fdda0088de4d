#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::robustness {

/// Makes broken variants of a valid inventory the way real files go wrong (typos, cut-off
/// copies, pasted duplicates, absurd numbers) or hostile ones are built. Deterministic: the
/// same seed gives the same sequence of variants on every machine.
class Mutator {
public:
    explicit Mutator(std::uint64_t seed) : state_(seed) {}

    /// A mutated copy of `text`; `kind` says which mutation was applied, for failure messages.
    std::string mutate(std::string_view text, std::string& kind);

private:
    /// A number in [0, bound): splitmix64, so results do not depend on the standard library.
    std::size_t below(std::size_t bound);

    std::string flip_bytes(std::string text);
    std::string truncate(std::string text);
    std::string duplicate_element(std::string text);
    std::string huge_number(std::string text);
    std::string long_value(std::string text);
    std::string delete_attribute(std::string text);
    std::string swap_values(std::string text);
    std::string drop_end_tag(std::string text);

    /// Offsets of every attribute value's opening quote.
    static std::vector<std::size_t> value_starts(std::string_view text);

    std::uint64_t state_;
};

}  // namespace upgrade_risk::robustness
