#include "reports/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include <sys/stat.h>
#include <unistd.h>

namespace upgrade_risk::reports {
namespace fs = std::filesystem;

namespace {

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec)) return true;
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) && !ec;
}

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path) {
    if (path == "-") {
        std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
        std::cout.flush();
        if (!std::cout) return "could not write to standard output";
        return std::nullopt;
    }
    if (!protected_path.empty() && same_file(path, protected_path)) {
        return "refusing to write '" + path +
               "': it is the inventory being analysed; choose another output file";
    }
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) {
        return "cannot write '" + path + "': the folder '" + directory.string() +
               "' does not exist";
    }
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        return "cannot write '" + path + "': " + std::strerror(errno);
    }
    const bool written = write_all(fd, content) && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temporary.c_str());
        return "cannot write '" + path + "': " + std::strerror(saved_errno);
    }
    ::chmod(temporary.c_str(), 0644);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int rename_errno = errno;
        ::unlink(temporary.c_str());
        return "cannot write '" + path + "': " + std::strerror(rename_errno);
    }
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
