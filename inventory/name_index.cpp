#include "inventory/name_index.h"

#include <algorithm>
#include <cctype>

namespace upgrade_risk::inventory {

std::string fold_name(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return folded;
}

const NameIndex::Entry* NameIndex::declare(std::string_view name, std::size_t id,
                                           SourceLocation declared) {
    const auto [it, inserted] =
        entries_.try_emplace(fold_name(name), Entry{id, std::string(name), declared});
    if (!inserted) return &it->second;
    spellings_.emplace_back(name);
    return nullptr;
}

const NameIndex::Entry* NameIndex::find(std::string_view name) const {
    const auto found = entries_.find(fold_name(name));
    return found == entries_.end() ? nullptr : &found->second;
}

}  // namespace upgrade_risk::inventory
