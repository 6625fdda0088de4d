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

ProcessResult run_process(const ProcessSpec& spec) {
    ProcessResult result;
    const fs::path capture = fs::path(::testing::TempDir()) / ("capture-" + std::to_string(::getpid()));
    fs::create_directories(capture);
    const std::string out_path = (capture / "out").string();
    const std::string err_path = (capture / "err").string();
    std::vector<char*> argv;
    for (const std::string& arg : spec.argv) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    const pid_t child = ::fork();
    if (child == 0) {
        // Only async-signal-safe calls from here on would be strictly right; the test binary
        // is single-threaded when it forks, so setenv and chdir are fine in practice.
        for (const auto& [name, value] : spec.environment) ::setenv(name.c_str(), value.c_str(), 1);
        if (!spec.working_directory.empty() && ::chdir(spec.working_directory.c_str()) != 0) ::_exit(126);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0) ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + spec.timeout;
    int status = 0;
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (!result.timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (!result.timed_out && WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

std::string upgrade_risk_executable() { return UPGRADE_RISK_EXE; }

}  // namespace upgrade_risk::robustness
