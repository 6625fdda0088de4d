#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace upgrade_risk::cli {

/// Tells a person watching a long run what it is doing: a line on stderr as each stage
/// starts, with the time since the run began. Whole lines only, so diagnostics printed in
/// between stay readable. Silent for scripts and CI (stderr not a terminal) and for
/// inventories small enough to finish in a blink; then -v shows each stage as an info line, and
/// -vv as a debug line with the clock, and the peak memory at the end.
class Progress {
public:
    /// Inventories from this size up (about 35,000 servers) take long enough to report on.
    static constexpr std::uintmax_t kMinimumBytes = std::uintmax_t{8} << 20;

    Progress(std::ostream& out, bool enabled)
        : out_(out), enabled_(enabled), started_(std::chrono::steady_clock::now()) {}

    /// Reports on stderr when it is a terminal and the inventory at `path` is large.
    static Progress for_inventory(const std::string& path);

    /// Says that the stage `what` starts now.
    void stage(std::string_view what);
    /// Says that the run is done, and with -vv how much memory it took at most.
    void done();

private:
    std::ostream& out_;
    bool enabled_;
    std::chrono::steady_clock::time_point started_;
};

}  // namespace upgrade_risk::cli
