#include "reports/output_file.h"

#include <algorithm>
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
std::optional<std::string> check_target(const std::vector<std::string>& paths, std::size_t index,
                                        const std::string& protected_path) {
    const std::string& path = paths[index];
    if (path == "-") return std::nullopt;
    const std::string cannot = "cannot write '" + path + "': ";
    if (path.empty()) return "an output file name is empty; give a file name or '-' for the screen";
    if (!protected_path.empty() && same_file(path, protected_path)) {
        return cannot + "it is the inventory being analysed; choose another output file";
    }
    for (std::size_t earlier = 0; earlier < index; ++earlier) {
        if (paths[earlier] != "-" && same_file(paths[earlier], path)) {
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

/// Makes the renames into `folder` durable: a crash right after the run keeps the new reports.
void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

/// The folders of `targets`, each once as spelled: the reports of a run mostly share one, and
/// one sync after its renames makes them all durable.
std::vector<fs::path> folders_of(const std::vector<std::string>& targets) {
    std::vector<fs::path> folders;
    for (const std::string& target : targets) {
        fs::path folder = folder_of(target);
        if (std::find(folders.begin(), folders.end(), folder) == folders.end())
            folders.push_back(std::move(folder));
    }
    return folders;
}

std::optional<std::string> write_stream(const std::string& path, std::string_view content) {
    if (path == "-") {
        std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
        std::cout.flush();
        if (!std::cout) return std::string("could not write to standard output");
        return std::nullopt;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    const bool written = fd >= 0 && write_all(fd, content);
    const int saved_errno = errno;
    if (fd >= 0) ::close(fd);
    if (!written) return "cannot write '" + path + "': " + std::strerror(saved_errno);
    return std::nullopt;
}

}  // namespace

OutputBatch::~OutputBatch() { discard(); }

void OutputBatch::discard() {
    for (Output& output : outputs_) {
        if (output.fd >= 0) ::close(output.fd);
        output.fd = -1;
        if (!output.temporary.empty()) ::unlink(output.temporary.c_str());
        // Forgotten only once it is gone: a signal in between unlinks a missing file, harmlessly.
        interrupt_cleanup::forget(output.cleanup_slot);
        output.cleanup_slot = interrupt_cleanup::kNoSlot;
        output.temporary.clear();
    }
}

std::optional<std::string> OutputBatch::create_temporary(Output& output) {
    const std::string cannot = "cannot write '" + output.path + "': ";
    const fs::path folder = folder_of(output.path);
    // Hidden, named after the report and the tool, so a file left by a run killed outright
    // (SIGKILL, a crash) says what it is.
    std::string name = (folder / ("." + fs::path(output.path).filename().string().substr(0, 200) +
                                  kTemporaryMarker + "XXXXXX"))
                           .string();
    const interrupt_cleanup::SignalsHeld held;
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        return cannot + "could not create a file in the folder '" + folder.string() + "' (" +
               std::strerror(errno) + ")";
    }
    output.cleanup_slot = interrupt_cleanup::remember(name);
    output.fd = fd;
    output.temporary = std::move(name);
    const mode_t umask_bits = ::umask(0);
    ::umask(umask_bits);
    if (::fchmod(fd, 0666 & ~umask_bits) != 0) return cannot + std::strerror(errno);
    output.sink = std::make_unique<ReportSink>(fd);
    return std::nullopt;
}

std::vector<std::string> OutputBatch::open(const std::vector<std::string>& paths) {
    std::vector<std::string> errors;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (auto problem = check_target(paths, i, protected_path_)) errors.push_back(*problem);
    }
    if (!errors.empty()) return errors;
    for (const std::string& path : paths) {
        Output& output = outputs_.emplace_back();
        output.path = path;
        if (path == "-" || is_stream(path)) {
            output.sink = std::make_unique<ReportSink>();
        } else if (output.staged = true; auto problem = create_temporary(output)) {
            discard();
            return {*problem};
        }
    }
    return errors;
}

std::optional<std::string> OutputBatch::rename_all() {
    // A signal waits until every rename is done: the reports change all together or not at all.
    const interrupt_cleanup::SignalsHeld held;
    std::vector<std::string> renamed;
    std::optional<std::string> problem;
    for (Output& output : outputs_) {
        if (!output.staged) continue;
        if (std::rename(output.temporary.c_str(), output.path.c_str()) != 0) {
            problem = "cannot write '" + output.path + "': " + std::strerror(errno);
            break;
        }
        output.temporary.clear();
        interrupt_cleanup::forget(output.cleanup_slot);
        output.cleanup_slot = interrupt_cleanup::kNoSlot;
        renamed.push_back(output.path);
    }
    for (const fs::path& folder : folders_of(renamed)) sync_folder(folder);
    return problem;
}

std::vector<std::string> OutputBatch::commit() {
    for (Output& output : outputs_) {
        if (!output.staged) continue;
        int error = output.sink->finish();
        if (error == 0 && ::fsync(output.fd) != 0) error = errno;
        if (::close(output.fd) != 0 && error == 0) error = errno;
        output.fd = -1;
        if (error != 0) {
            discard();
            return {"cannot write '" + output.path + "': " + std::strerror(error)};
        }
    }
    if (auto error = rename_all()) {
        discard();
        return {*error};
    }
    std::vector<std::string> errors;
    for (Output& output : outputs_) {
        if (output.staged) continue;
        if (auto problem = write_stream(output.path, output.sink->text())) errors.push_back(*problem);
    }
    return errors;
}

std::vector<std::string> write_files_atomically(const std::vector<PendingOutput>& outputs,
                                                const std::string& protected_path) {
    std::vector<std::string> paths;
    for (const PendingOutput& output : outputs) paths.push_back(output.path);
    OutputBatch batch(protected_path);
    if (auto errors = batch.open(paths); !errors.empty()) return errors;
    for (std::size_t i = 0; i < outputs.size(); ++i) batch.sink(i).append(outputs[i].content);
    return batch.commit();
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path) {
    auto errors = write_files_atomically({PendingOutput{path, content}}, protected_path);
    if (errors.empty()) return std::nullopt;
    return std::move(errors.front());
}

}  // namespace upgrade_risk::reports
