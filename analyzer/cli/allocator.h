#pragma once

#include <string_view>

namespace upgrade_risk::cli {

/// Sets up the heap before a command runs, and says how: with mimalloc linked (USE_MIMALLOC,
/// the default build), asks it for large OS pages, which on Linux it maps with
/// madvise(MADV_HUGEPAGE). A large inventory's text, parse tree, model, findings and report
/// buffers then cost a page fault per 2 MB instead of one per 4 KB, where page faults are dear
/// (virtual machines: docs/performance.md has the figures). Without mimalloc
/// (a sanitizer build) the C library's malloc is used as it is. Call it first in main().
std::string_view configure_heap();

}  // namespace upgrade_risk::cli
