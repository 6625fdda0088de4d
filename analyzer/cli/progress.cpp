#include "analyzer/cli/progress.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include <spdlog/spdlog.h>

namespace upgrade_risk::cli {

Progress Progress::for_inventory(const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    const bool large = !error && size >= kMinimumBytes;
    return Progress(std::cerr, large && isatty(STDERR_FILENO) == 1);
}

void Progress::stage(std::string_view what) {
    const bool detail = spdlog::should_log(spdlog::level::debug);
    if (!enabled_ && !detail) {
        spdlog::info("{}", what);  // -v: the step, without the clock
        return;
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started_;
    char clock[32];
    std::snprintf(clock, sizeof clock, "[%6.*f s] ", detail ? 3 : 1, elapsed.count());
    if (detail) {
        spdlog::debug("{}{}", clock, what);
    } else {
        out_ << "upgrade-risk: " << clock << what << '\n' << std::flush;
    }
}

void Progress::done() {
    if (!enabled_ && !spdlog::should_log(spdlog::level::debug)) return;
    stage("done");
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        spdlog::debug("peak memory {} MB, {:.3f} s of CPU", (usage.ru_maxrss + 512) / 1024,
                      static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                          static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6);
    }
}

}  // namespace upgrade_risk::cli
