#include "reports/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace upgrade_risk::reports {
namespace fs = std::filesystem;

namespace {

/// True when both paths name one file: the same inode (symlinks, hard links, "./" and
/// ".." spellings) or, when one does not exist yet, the same normalized absolute path.
bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec) && !ec) return true;
    std::error_code ec_a;
    std::error_code ec_b;
    const fs::path canonical_a = fs::weakly_canonical(fs::absolute(a), ec_a);
    const fs::path canonical_b = fs::weakly_canonical(fs::absolute(b), ec_b);
    return !ec_a && !ec_b && canonical_a == canonical_b;
}

/// An existing target that is neither a file nor a folder (/dev/null, a pipe), or anything
/// under /dev or /proc (/dev/stdout may lead to a file): renaming over it would replace the
/// device or link itself, so it is written in place instead.
bool is_stream(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status) || fs::is_directory(status)) return false;
    const std::string absolute = fs::absolute(path, ec).lexically_normal().string();
    return !fs::is_regular_file(status) || absolute.starts_with("/dev/") ||
           absolute.starts_with("/proc/");
}

fs::path folder_of(const std::string& path) {
    const fs::path target(path);
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
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

/// Why output `index` cannot be written, checked before anything is written.
std::optional<std::string> check_target(const std::vector<PendingOutput>& outputs,
                                        std::size_t index, const std::string& protected_path) {
    const std::string& path = outputs[index].path;
    if (path == "-") return std::nullopt;
    const std::string cannot = "cannot write '" + path + "': ";
    if (path.empty()) return "an output file name is empty; give a file name or '-' for the screen";
    if (!protected_path.empty() && same_file(path, protected_path)) {
        return cannot + "it is the inventory being analysed; choose another output file";
    }
    for (std::size_t earlier = 0; earlier < index; ++earlier) {
        if (outputs[earlier].path != "-" && same_file(outputs[earlier].path, path)) {
            return cannot + "two outputs were asked to go to this same file; give each its own file";
        }
    }
    std::error_code ec;
    if (path.back() == '/' || fs::is_directory(path, ec)) {
        return cannot + "it is a folder; give a file name such as '" +
               (fs::path(path) / "report").string() + "'";
    }
    if (is_stream(path)) return std::nullopt;
    const fs::path folder = folder_of(path);
    if (!fs::exists(folder, ec)) {
        return cannot + "the folder '" + folder.string() + "' does not exist; create it first";
    }
    if (!fs::is_directory(folder, ec)) {
        return cannot + "'" + folder.string() + "' is not a folder";
    }
    return std::nullopt;
}

/// A complete copy of one report in a hidden temporary file beside its target.
struct StagedFile {
    std::string target;
    std::string temporary;
};

/// Writes `content` to a new temporary file for `target`; the error, or nullopt.
std::optional<std::string> stage(const std::string& target, std::string_view content,
                                 StagedFile& staged) {
    const std::string cannot = "cannot write '" + target + "': ";
    const fs::path folder = folder_of(target);
    // Hidden and named after the report, so a run killed mid-write leaves an obvious leftover.
    staged.temporary =
        (folder / ("." + fs::path(target).filename().string().substr(0, 200) + ".XXXXXX")).string();
    const int fd = ::mkstemp(staged.temporary.data());
    if (fd < 0) {
        return cannot + "could not create a file in the folder '" + folder.string() + "' (" +
               std::strerror(errno) + ")";
    }
    staged.target = target;
    const mode_t umask_bits = ::umask(0);
    ::umask(umask_bits);
    const bool written = ::fchmod(fd, 0666 & ~umask_bits) == 0 && write_all(fd, content) &&
                         ::fsync(fd) == 0;
    const int saved_errno = errno;
    if (::close(fd) != 0 || !written) {
        ::unlink(staged.temporary.c_str());
        return cannot + std::strerror(written ? errno : saved_errno);
    }
    return std::nullopt;
}

/// Makes the renames durable: a crash right after the run keeps the new reports.
void sync_folder(const std::string& target) {
    const int fd = ::open(folder_of(target).c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::optional<std::string> write_stream(const PendingOutput& output) {
    if (output.path == "-") {
        std::cout.write(output.content.data(), static_cast<std::streamsize>(output.content.size()));
        std::cout.flush();
        if (!std::cout) return std::string("could not write to standard output");
        return std::nullopt;
    }
    const int fd = ::open(output.path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    const bool written = fd >= 0 && write_all(fd, output.content);
    const int saved_errno = errno;
    if (fd >= 0) ::close(fd);
    if (!written) return "cannot write '" + output.path + "': " + std::strerror(saved_errno);
    return std::nullopt;
}

}  // namespace

std::vector<std::string> write_files_atomically(const std::vector<PendingOutput>& outputs,
                                                const std::string& protected_path) {
    std::vector<std::string> errors;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (auto problem = check_target(outputs, i, protected_path)) errors.push_back(*problem);
    }
    if (!errors.empty()) return errors;

    std::vector<StagedFile> staged;
    const auto discard_from = [&](std::size_t first) {
        for (std::size_t i = first; i < staged.size(); ++i) ::unlink(staged[i].temporary.c_str());
    };
    for (const PendingOutput& output : outputs) {
        if (output.path == "-" || is_stream(output.path)) continue;
        StagedFile file;
        if (auto problem = stage(output.path, output.content, file)) {
            discard_from(0);
            return {*problem};
        }
        staged.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < staged.size(); ++i) {
        if (std::rename(staged[i].temporary.c_str(), staged[i].target.c_str()) != 0) {
            errors.push_back("cannot write '" + staged[i].target + "': " + std::strerror(errno));
            discard_from(i);
            return errors;
        }
        sync_folder(staged[i].target);
    }
    for (const PendingOutput& output : outputs) {
        if (output.path != "-" && !is_stream(output.path)) continue;
        if (auto problem = write_stream(output)) errors.push_back(*problem);
    }
    return errors;
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path) {
    auto errors = write_files_atomically({PendingOutput{path, content}}, protected_path);
    if (errors.empty()) return std::nullopt;
    return std::move(errors.front());
}

}  // namespace upgrade_risk::reports
