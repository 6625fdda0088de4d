#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

/// Site or server names, looked up case-insensitively (NetBIOS-style: `serverA` is `SERVERA`),
/// each remembered as first spelled and where it was declared.
class NameIndex {
public:
    /// One declared name. `spelling` points into the index: it is valid until the next
    /// declare().
    struct Entry {
        std::size_t id = 0;
        std::string_view spelling;
        SourceLocation declared;
    };

    /// Declares `name`; returns the earlier declaration when the name is already taken.
    std::optional<Entry> declare(std::string_view name, std::size_t id, SourceLocation declared);

    /// The declaration of `name`, whatever its case; nullopt when unknown.
    [[nodiscard]] std::optional<Entry> find(std::string_view name) const;

    /// Every name as first spelled, in declaration order (for suggestions).
    [[nodiscard]] const std::vector<std::string>& spellings() const { return spellings_; }

private:
    struct Declaration {
        std::size_t id = 0;
        SourceLocation declared;
    };

    struct Slot {
        std::uint32_t index = 0;  ///< 1 + an index into spellings_; 0 when the slot is empty.
        std::uint32_t hash = 0;   ///< Of the folded name: most mismatches end here.
    };

    /// The slot that holds `name` (whose hash is `hash`), or the empty slot where it would go.
    [[nodiscard]] std::size_t slot_of(std::string_view name, std::uint32_t hash) const;
    [[nodiscard]] Entry entry(std::uint32_t index) const;
    /// Rebuilds the table with `slots` slots (a power of two).
    void rehash(std::size_t slots);

    // An open-addressing table over the spellings themselves, compared case-insensitively:
    // no folded copy of each name and no allocation per name, which a map keyed by the
    // upper-cased name needed.
    std::vector<std::string> spellings_;
    std::vector<Declaration> declarations_;  ///< Parallel to spellings_.
    std::vector<Slot> slots_;
};

/// `name` in upper case, the form names are compared in.
std::string fold_name(std::string_view name);

}  // namespace upgrade_risk::inventory
