#include "analyzer/cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace upgrade_risk::cli {

Progress Progress::for_inventory(const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    const bool large = !error && size >= kMinimumBytes;
    return Progress(std::cerr, large && isatty(STDERR_FILENO) == 1);
}

void Progress::stage(std::string_view what) {
    if (!enabled_) return;
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started_;
    char clock[32];
    std::snprintf(clock, sizeof clock, "[%6.1f s] ", elapsed.count());
    out_ << "upgrade-risk: " << clock << what << '\n' << std::flush;
}

}  // namespace upgrade_risk::cli
