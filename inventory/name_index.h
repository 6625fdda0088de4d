#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

/// Site or server names, looked up case-insensitively (NetBIOS-style: `serverA` is `SERVERA`),
/// each remembered as first spelled and where it was declared.
class NameIndex {
public:
    /// One declared name.
    struct Entry {
        std::size_t id = 0;
        std::string spelling;
        SourceLocation declared;
    };

    /// Declares `name`; returns the earlier declaration when the name is already taken.
    const Entry* declare(std::string_view name, std::size_t id, SourceLocation declared);

    /// The declaration of `name`, whatever its case; nullptr when unknown.
    [[nodiscard]] const Entry* find(std::string_view name) const;

    /// Every name as first spelled, in declaration order (for suggestions).
    [[nodiscard]] const std::vector<std::string>& spellings() const { return spellings_; }

private:
    std::unordered_map<std::string, Entry> entries_;
    std::vector<std::string> spellings_;
};

/// `name` in upper case, the form names are compared in.
std::string fold_name(std::string_view name);

}  // namespace upgrade_risk::inventory
