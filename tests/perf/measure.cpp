#include "tests/perf/measure.h"

#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <string_view>

namespace upgrade_risk::perf {
namespace {

using Clock = std::chrono::steady_clock;

/// A "VmRSS:" style field of /proc/self/status, in bytes.
std::uint64_t status_bytes(std::string_view field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, field.size(), field) == 0) {
            return std::stoull(line.substr(field.size())) * 1024;
        }
    }
    return 0;
}

bool reset_peak() {
    std::ofstream clear_refs("/proc/self/clear_refs");
    clear_refs << "5";
    clear_refs.flush();
    return static_cast<bool>(clear_refs);
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double cpu_seconds(const rusage& usage) {
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double process_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return cpu_seconds(usage);
}

}  // namespace

Measurement measure_stage(int repeat, const std::function<void()>& prepare,
                          const std::function<bool()>& stage) {
    Measurement result;
    result.seconds = std::numeric_limits<double>::infinity();
    result.cpu_seconds = std::numeric_limits<double>::infinity();
    for (int run = 0; run < repeat; ++run) {
        prepare();
        malloc_trim(0);
        const std::uint64_t before = status_bytes("VmRSS:");
        const bool reset = reset_peak();
        const auto start = Clock::now();
        const double cpu_start = process_cpu_seconds();
        result.ok = stage() && result.ok;
        result.cpu_seconds = std::min(result.cpu_seconds, process_cpu_seconds() - cpu_start);
        result.seconds = std::min(result.seconds, seconds_since(start));
        if (run == 0) {
            const std::uint64_t peak = status_bytes("VmHWM:");
            result.peak_bytes = peak > before ? peak - before : 0;
            result.peak_known = reset;
        }
    }
    return result;
}

Measurement measure_command(int repeat, const std::vector<std::string>& argv,
                            const char* glibc_tunables) {
    Measurement result;
    result.seconds = std::numeric_limits<double>::infinity();
    result.cpu_seconds = std::numeric_limits<double>::infinity();
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    for (int run = 0; run < repeat; ++run) {
        const auto start = Clock::now();
        const pid_t child = fork();
        if (child == 0) {
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            if (glibc_tunables) setenv("GLIBC_TUNABLES", glibc_tunables, 1);
            else unsetenv("GLIBC_TUNABLES");
            execvp(args[0], args.data());
            _exit(127);
        }
        int status = 0;
        rusage usage{};
        if (child < 0 || wait4(child, &status, 0, &usage) != child) {
            result.ok = false;
            return result;
        }
        result.seconds = std::min(result.seconds, seconds_since(start));
        result.cpu_seconds = std::min(result.cpu_seconds, cpu_seconds(usage));
        result.peak_bytes = std::max(result.peak_bytes,
                                     static_cast<std::uint64_t>(usage.ru_maxrss) * 1024);
        result.ok = result.ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return result;
}

}  // namespace upgrade_risk::perf
