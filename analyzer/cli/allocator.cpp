#include "analyzer/cli/allocator.h"

#ifdef UPGRADE_RISK_MIMALLOC
#include <mimalloc.h>
#endif

namespace upgrade_risk::cli {

std::string_view configure_heap() {
#ifdef UPGRADE_RISK_MIMALLOC
    // Set in the program rather than through MIMALLOC_LARGE_OS_PAGES, so every run gets it
    // whatever its environment; memory mapped from here on is in 2 MB pages where the kernel has
    // them.
    mi_option_enable(mi_option_large_os_pages);
    return "mimalloc, large OS pages";
#else
    return "the C library's malloc";
#endif
}

}  // namespace upgrade_risk::cli
