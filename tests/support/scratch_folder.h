#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::testing {

/// A fresh, empty folder under the test temp dir, removed when the object goes. Its name
/// carries the process id, so tests that ctest runs in parallel never share one.
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

}  // namespace upgrade_risk::testing
