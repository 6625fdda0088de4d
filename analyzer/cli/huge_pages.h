#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::cli {

/// Restarts this process once, first thing in main(), with glibc's malloc asked to back its
/// memory with transparent huge pages (glibc.malloc.hugetlb=1) when the kernel gives them only
/// to programs that ask for them ("madvise", Debian's default). A large inventory's parse tree,
/// model, findings and report buffers then cost a page fault per 2 MB instead of one per 4 KB:
/// on the virtual machines we measured, 4 KB faults were a third of a 100k-server run
/// (docs/performance.md). The run goes on unchanged when there is nothing to gain or the
/// restart cannot happen (no /proc, or the tool was started through the dynamic loader).
void restart_with_huge_pages(char** argv);

/// The GLIBC_TUNABLES value to restart with, or nullopt to run as we are: when the kernel's
/// mode (the contents of /sys/kernel/mm/transparent_hugepage/enabled) is not "madvise", when
/// the tunables already name glibc.malloc.hugetlb (the restarted process, or the user's own
/// choice), or when UPGRADE_RISK_SMALL_PAGES is set (`opted_out`).
std::optional<std::string> huge_page_tunables(const char* tunables, std::string_view thp_enabled,
                                              bool opted_out);

}  // namespace upgrade_risk::cli
