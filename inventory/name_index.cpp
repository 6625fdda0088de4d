#include "inventory/name_index.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <random>
#include <utility>

#include "inventory/text_encoding.h"

namespace upgrade_risk::inventory {
namespace {

constexpr auto fold = ascii_upper;

/// Drawn once per run and mixed into every hash, so that names crafted to collide in the
/// table (one slow probe after another) cannot be prepared in advance. Nothing read from the
/// index depends on where a name sits in the table, so the reports do not change with it.
std::uint32_t run_seed() {
    static const std::uint32_t seed = [] {
        try {
            return static_cast<std::uint32_t>(std::random_device{}());
        } catch (const std::exception&) {  // no entropy source: the clock still varies by run
            return static_cast<std::uint32_t>(
                std::chrono::steady_clock::now().time_since_epoch().count());
        }
    }();
    return seed;
}

/// FNV-1a over the folded bytes from a seeded start, so every spelling of a name has the same
/// hash.
std::uint32_t folded_hash(std::string_view name) {
    std::uint32_t hash = 2166136261U ^ run_seed();
    for (const char c : name) hash = (hash ^ static_cast<unsigned char>(fold(c))) * 16777619U;
    return hash;
}

bool same_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return fold(x) == fold(y);
           });
}

}  // namespace

std::string fold_name(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(), fold);
    return folded;
}

std::size_t NameIndex::slot_of(std::string_view name, std::uint32_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (slots_[slot].index != 0 &&
           (slots_[slot].hash != hash || !same_folded(spellings_[slots_[slot].index - 1], name))) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

NameIndex::Entry NameIndex::entry(std::uint32_t index) const {
    return Entry{declarations_[index].id, spellings_[index], declarations_[index].declared};
}

void NameIndex::rehash(std::size_t slots) {
    const std::vector<Slot> previous = std::exchange(slots_, std::vector<Slot>(slots));
    for (const Slot& slot : previous) {
        if (slot.index != 0) slots_[slot_of(spellings_[slot.index - 1], slot.hash)] = slot;
    }
}

std::optional<NameIndex::Entry> NameIndex::declare(std::string_view name, std::size_t id,
                                                   SourceLocation declared) {
    // At most half full, so a lookup rarely probes more than two slots.
    if (2 * (spellings_.size() + 1) > slots_.size()) {
        rehash(std::max<std::size_t>(16, 2 * slots_.size()));
    }
    const std::uint32_t hash = folded_hash(name);
    const std::size_t slot = slot_of(name, hash);
    if (slots_[slot].index != 0) return entry(slots_[slot].index - 1);
    slots_[slot] = Slot{static_cast<std::uint32_t>(spellings_.size() + 1), hash};
    spellings_.emplace_back(name);
    declarations_.push_back(Declaration{id, declared});
    return std::nullopt;
}

std::optional<NameIndex::Entry> NameIndex::find(std::string_view name) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t slot = slot_of(name, folded_hash(name));
    if (slots_[slot].index == 0) return std::nullopt;
    return entry(slots_[slot].index - 1);
}

}  // namespace upgrade_risk::inventory
