#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace upgrade_risk::robustness {

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

/// A fresh, empty folder under the test temp dir, removed when the object goes.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    /// Every name in the folder, sorted: leftovers (temporary files) show up here.
    [[nodiscard]] std::vector<std::string> entries() const;

private:
    std::filesystem::path path_;
};

/// The whole content of a file ("" when it does not exist).
std::string read_file(const std::filesystem::path& path);

/// Writes `content` to `path`, replacing it.
void write_file(const std::filesystem::path& path, std::string_view content);

}  // namespace upgrade_risk::robustness
