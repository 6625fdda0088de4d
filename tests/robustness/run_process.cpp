#include "tests/robustness/run_process.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace upgrade_risk::robustness {
namespace fs = std::filesystem;

RunningProcess::RunningProcess(const ProcessSpec& spec)
    : spec_(spec),
      capture_(fs::path(::testing::TempDir()) / ("capture-" + std::to_string(::getpid()))),
      deadline_(std::chrono::steady_clock::now() + spec.timeout) {
    fs::create_directories(capture_);
    const std::string out_path = (capture_ / "out").string();
    const std::string err_path = (capture_ / "err").string();
    std::vector<char*> argv;
    for (const std::string& arg : spec_.argv) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    pid_ = ::fork();
    if (pid_ == 0) {
        // Only async-signal-safe calls from here on would be strictly right; the test binary
        // is single-threaded when it forks, so setenv and chdir are fine in practice.
        for (const auto& [name, value] : spec_.environment) ::setenv(name.c_str(), value.c_str(), 1);
        if (!spec_.working_directory.empty() && ::chdir(spec_.working_directory.c_str()) != 0) ::_exit(126);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0) ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
}

RunningProcess::~RunningProcess() {
    if (reaped_ || pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status_, 0);
}

bool RunningProcess::running() {
    if (!reaped_ && ::waitpid(pid_, &status_, WNOHANG) == pid_) reaped_ = true;
    return !reaped_;
}

void RunningProcess::signal(int signal) const {
    if (!reaped_) ::kill(pid_, signal);
}

ProcessResult RunningProcess::wait() {
    ProcessResult result;
    while (running()) {
        if (std::chrono::steady_clock::now() > deadline_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status_, 0);
            reaped_ = true;
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (!result.timed_out && WIFEXITED(status_)) result.exit_code = WEXITSTATUS(status_);
    if (!result.timed_out && WIFSIGNALED(status_)) result.signal = WTERMSIG(status_);
    result.out = read_file(capture_ / "out");
    result.err = read_file(capture_ / "err");
    return result;
}

ProcessResult run_process(const ProcessSpec& spec) { return RunningProcess(spec).wait(); }

std::string upgrade_risk_executable() { return UPGRADE_RISK_EXE; }

}  // namespace upgrade_risk::robustness
