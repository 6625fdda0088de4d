#include "inventory/tree_memory.h"

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include <pugixml.hpp>

namespace upgrade_risk::inventory {
namespace {

/// What pugixml asks for, every time (its pages); anything else is mapped on its own with its
/// size in front of it.
constexpr std::size_t kPage = 32768;
constexpr std::size_t kHeader = 16;  ///< Keeps such a block 16-byte aligned, as malloc's are.
/// Pages are cut from regions of one huge page each, so the kernel maps a region with one
/// fault instead of 512; a region goes back to the OS once every page cut from it is freed.
constexpr std::size_t kRegion = std::size_t{2} << 20;
constexpr std::size_t kPagesPerRegion = kRegion / kPage;

struct Region {
    std::size_t cut = 0;   ///< Pages handed out so far.
    std::size_t live = 0;  ///< Of those, not yet freed.
};

/// Regions by their start; `current` is the one pages are cut from.
struct Regions {
    std::unordered_map<std::uintptr_t, Region> by_start;
    std::uintptr_t current = 0;
};

Regions& regions() {
    static Regions all;
    return all;
}

/// A region aligned on its size (the kernel backs it with a huge page only then), or 0.
std::uintptr_t map_region() {
    void* memory = mmap(nullptr, 2 * kRegion, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return 0;
    const auto start = reinterpret_cast<std::uintptr_t>(memory);
    const std::uintptr_t aligned = (start + kRegion - 1) & ~(kRegion - 1);
    if (aligned > start) munmap(memory, aligned - start);
    if (const std::uintptr_t end = aligned + kRegion; end < start + 2 * kRegion) {
        munmap(reinterpret_cast<void*>(end), start + 2 * kRegion - end);
    }
    madvise(reinterpret_cast<void*>(aligned), kRegion, MADV_HUGEPAGE);
    return aligned;
}

void* allocate_page() {
    Regions& all = regions();
    auto found = all.by_start.find(all.current);
    if (found == all.by_start.end() || found->second.cut == kPagesPerRegion) {
        if (found != all.by_start.end() && found->second.live == 0) {
            munmap(reinterpret_cast<void*>(all.current), kRegion);
            all.by_start.erase(found);
        }
        all.current = map_region();
        if (all.current == 0) return nullptr;  // pugixml reports it as out of memory
        found = all.by_start.emplace(all.current, Region{}).first;
    }
    Region& region = found->second;
    void* page = reinterpret_cast<void*>(all.current + region.cut * kPage);
    ++region.cut;
    ++region.live;
    return page;
}

void free_page(std::uintptr_t address) {
    Regions& all = regions();
    const std::uintptr_t start = address & ~(kRegion - 1);
    const auto found = all.by_start.find(start);
    if (found == all.by_start.end()) return;
    Region& region = found->second;
    --region.live;
    // The current region may still be cut from; a full or finished one goes back at once.
    if (region.live == 0 && (start != all.current || region.cut == kPagesPerRegion)) {
        munmap(reinterpret_cast<void*>(start), kRegion);
        if (start == all.current) all.current = 0;
        all.by_start.erase(found);
    }
}

void* allocate(std::size_t size) {
    if (size == kPage) return allocate_page();
    void* memory = mmap(nullptr, size + kHeader, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return nullptr;
    *static_cast<std::size_t*>(memory) = size + kHeader;
    return static_cast<char*>(memory) + kHeader;
}

/// A page starts on a multiple of kPage; any other block starts kHeader bytes after an OS page
/// boundary, so never on one.
void deallocate(void* pointer) {
    if (!pointer) return;
    const auto address = reinterpret_cast<std::uintptr_t>(pointer);
    if (address % kPage == 0) {
        free_page(address);
        return;
    }
    char* base = static_cast<char*>(pointer) - kHeader;
    munmap(base, *reinterpret_cast<const std::size_t*>(base));
}

}  // namespace

bool install_tree_memory() {
    static const bool installed = [] {
        pugi::set_memory_management_functions(allocate, deallocate);
        return true;
    }();
    return installed;
}

}  // namespace upgrade_risk::inventory
