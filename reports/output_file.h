#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::reports {

/// One rendered report waiting to be written: a file path, or "-" for standard output.
struct PendingOutput {
    std::string path;
    std::string_view content;
};

/// Writes every output or none: each file's bytes go to a temporary file in its own folder
/// (so a reader never sees a half-written report), and only when all of them are complete
/// are they renamed over their targets. Standard output and devices such as /dev/null are
/// written last, after every file is in place. Refuses, before writing anything, a target
/// that is `protected_path` (the inventory; also through symlinks, hard links or other
/// spellings of its path), a folder, a file in a missing folder, or a file named twice.
/// A symlink at a target is replaced by the report, never followed.
/// Returns one plain-words message per problem; empty on success.
std::vector<std::string> write_files_atomically(const std::vector<PendingOutput>& outputs,
                                                const std::string& protected_path);

/// Writes one output the same way; the error message, or nullopt on success.
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path);

}  // namespace upgrade_risk::reports
