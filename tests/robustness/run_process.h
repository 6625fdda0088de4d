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

/// Runs a program to completion or until its timeout, capturing its output.
ProcessResult run_process(const ProcessSpec& spec);

/// The built upgrade-risk executable.
std::string upgrade_risk_executable();

}  // namespace upgrade_risk::robustness
