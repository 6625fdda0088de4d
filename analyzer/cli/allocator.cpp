#include "analyzer/cli/allocator.h"

#ifdef UPGRADE_RISK_MIMALLOC
#include <mimalloc.h>
#endif

namespace upgrade_risk::cli {

#ifdef UPGRADE_RISK_MIMALLOC
namespace {

/// Set in the program rather than through MIMALLOC_LARGE_OS_PAGES, so every run gets it whatever
/// its environment. Set in main() it came too late for the memory mimalloc had mapped already:
/// the libraries' constructors allocate before main(), so mimalloc's first 32 MB segment, all the
/// heap of an organization of 10,000 servers, stayed on 4 KB pages (5,400 page faults of that
/// run's 5,800).
void ask_for_large_pages(int /*argc*/, char** /*argv*/, char** /*environment*/) {
    mi_option_enable(mi_option_large_os_pages);
}

}  // namespace

// An executable's .preinit_array runs before the constructors of every library it loads, after
// they are relocated: before mimalloc's own initialization and before its first allocation.
// Setting an option only stores it, which needs nothing initialized.
__attribute__((section(".preinit_array"), used)) void (*const kAskForLargePages)(int, char**, char**) =
    ask_for_large_pages;
#endif

std::string_view heap_description() {
#ifdef UPGRADE_RISK_MIMALLOC
    return mi_option_is_enabled(mi_option_large_os_pages) ? "mimalloc, large OS pages" : "mimalloc";
#else
    return "the C library's malloc";
#endif
}

}  // namespace upgrade_risk::cli
