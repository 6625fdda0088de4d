#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace upgrade_risk::perf {

/// Wall time and memory of one measured piece of work.
struct Measurement {
    double seconds = 0;        ///< Best wall time over the repetitions.
    /// Best user + system CPU time: on a shared machine it is the steadier figure, as wall
    /// time includes waiting for a core.
    double cpu_seconds = 0;
    std::uint64_t peak_bytes = 0;  ///< Resident-set growth at the stage's peak (first run).
    bool ok = true;            ///< The work reported success (or the child exited 0).
    bool peak_known = true;    ///< False where VmHWM could not be reset (some containers).
};

/// Runs `stage` `repeat` times in this process, each time after `prepare` (untimed; it
/// makes a fresh input for stages that consume theirs). Memory: before the first run it returns
/// freed heap to the kernel (malloc_trim), notes VmRSS, resets the kernel's high-water
/// mark (writing 5 to /proc/self/clear_refs) and afterwards reads VmHWM; the peak is the
/// growth of the resident set during the stage, whatever it freed before returning.
Measurement measure_stage(int repeat, const std::function<void()>& prepare,
                          const std::function<bool()>& stage);

/// Runs `argv` as a child process `repeat` times with stdout and stderr sent to /dev/null;
/// wall time is the best run, peak is the child's maximum resident set (wait4's ru_maxrss).
/// The child's GLIBC_TUNABLES is `glibc_tunables`, or unset for nullptr.
Measurement measure_command(int repeat, const std::vector<std::string>& argv,
                            const char* glibc_tunables);


}  // namespace upgrade_risk::perf
