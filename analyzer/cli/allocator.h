#pragma once

#include <string_view>

namespace upgrade_risk::cli {

/// The heap every command runs with, in words for `-vv`. With mimalloc linked (USE_MIMALLOC, the
/// default build), the program asks it for large OS pages before anything allocates (from the
/// executable's .preinit_array, allocator.cpp), which on Linux it maps with
/// madvise(MADV_HUGEPAGE): a large inventory's text, parse tree, model, findings and report
/// buffers then cost a page fault per 2 MB instead of one per 4 KB (docs/performance.md has the
/// figures). Without mimalloc (a sanitizer build) the C library's malloc is used as it is.
/// Calling it also links that request into the program: call it from main().
std::string_view heap_description();

}  // namespace upgrade_risk::cli
