#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/scratch_folder.h"

namespace upgrade_risk::robustness {

using testing::read_file;
using testing::ScratchFolder;
using testing::write_file;

/// How a child process ended.
struct ProcessResult {
    int exit_code = -1;      ///< When it exited normally; -1 otherwise.
    int signal = 0;          ///< The signal that ended it (a crash), 0 if none.
    bool timed_out = false;  ///< Killed because it ran past the timeout (a hang).
    std::string out;         ///< What it wrote to stdout.
    std::string err;         ///< What it wrote to stderr.
};

/// What to run and how.
struct ProcessSpec {
    std::vector<std::string> argv;
    std::filesystem::path working_directory;  ///< Empty: the current one.
    std::vector<std::pair<std::string, std::string>> environment;  ///< Set on top of ours.
    std::chrono::milliseconds timeout{20'000};
};

/// A program started and left running, for a test that acts on it meanwhile (a signal).
/// Killed and reaped at the latest when destroyed.
class RunningProcess {
public:
    explicit RunningProcess(const ProcessSpec& spec);
    ~RunningProcess();
    RunningProcess(const RunningProcess&) = delete;
    RunningProcess& operator=(const RunningProcess&) = delete;

    /// False once it has ended (it is then reaped, and wait() returns at once).
    bool running();
    /// Sends `signal` to it.
    void signal(int signal) const;
    /// Waits until it ends or the spec's timeout passes (then kills it); how it ended.
    ProcessResult wait();

private:
    ProcessSpec spec_;
    std::filesystem::path capture_;
    int pid_ = -1;
    int status_ = 0;
    bool reaped_ = false;
    std::chrono::steady_clock::time_point deadline_;
};

/// Runs a program to completion or until its timeout, capturing its output.
ProcessResult run_process(const ProcessSpec& spec);

/// The built upgrade-risk executable.
std::string upgrade_risk_executable();

}  // namespace upgrade_risk::robustness
