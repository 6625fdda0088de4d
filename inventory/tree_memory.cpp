#include "inventory/tree_memory.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

#include <pugixml.hpp>

namespace upgrade_risk::inventory {
namespace {

/// What pugixml asks for, every time (its pages); anything else is mapped with its size in
/// front of it.
constexpr std::size_t kPage = 32768;
constexpr std::size_t kHeader = 16;  ///< Keeps the block 16-byte aligned, as malloc's are.

std::uintptr_t os_page_size() {
    static const auto size = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    return size;
}

void* allocate(std::size_t size) {
    const bool page = size == kPage;
    const std::size_t mapped = page ? size : size + kHeader;
    void* memory = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return nullptr;  // pugixml reports it as out of memory
    if (page) return memory;
    *static_cast<std::size_t*>(memory) = mapped;
    return static_cast<char*>(memory) + kHeader;
}

/// A page starts on an OS page boundary; any other block starts kHeader bytes after one.
void deallocate(void* pointer) {
    if (!pointer) return;
    if (reinterpret_cast<std::uintptr_t>(pointer) % os_page_size() == 0) {
        munmap(pointer, kPage);
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
