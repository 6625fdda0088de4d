#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// Writes `content` to `path` (or stdout when `path` is "-") without ever leaving a
/// half-written file: the bytes go to a temporary file in the same directory, which is
/// renamed into place only once complete. Refuses to write over `protected_path` (the
/// inventory). Returns a plain-words error message on failure, nullopt on success.
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path);

}  // namespace upgrade_risk::reports
