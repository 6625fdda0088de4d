#include "inventory/name_index.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <exception>
#include <random>
#include <utility>

#include "inventory/byte_words.h"
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

/// The eight bytes of `name` from `at` (fewer at its end, the rest zero), small letters made
/// capitals: names are hashed and compared a word at a time, 60-character names by the million.
std::uint64_t folded_word(std::string_view name, std::size_t at) {
    using namespace byte_words;
    std::uint64_t word = 0;
    std::memcpy(&word, name.data() + at, std::min<std::size_t>(8, name.size() - at));
    return word & ~(in_range(word, 'a', 'z') >> 2);
}

/// A hash of the folded words from a seeded start, so every spelling of a name has the same
/// hash; each word multiplied in as FNV-1a does a byte, then mixed by MurmurHash3's finalizer so
/// the low bits, which pick the slot, depend on every byte.
std::uint32_t folded_hash(std::string_view name) {
    std::uint64_t hash = 14695981039346656037ULL ^ run_seed() ^ name.size();
    for (std::size_t at = 0; at < name.size(); at += 8) hash = (hash ^ folded_word(name, at)) * 1099511628211ULL;
    hash ^= hash >> 33;
    hash *= 0xFF51AFD7ED558CCDULL;
    hash ^= hash >> 33;
    return static_cast<std::uint32_t>(hash);
}

bool same_folded(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t at = 0; at < a.size(); at += 8) {
        if (folded_word(a, at) != folded_word(b, at)) return false;
    }
    return true;
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
