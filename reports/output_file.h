#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/interrupt_cleanup.h"
#include "reports/report_sink.h"

namespace upgrade_risk::reports {

/// In the name of every temporary file of a batch: `.r.json.upgrade-risk-tmp.a1B2c3`.
inline constexpr char kTemporaryMarker[] = ".upgrade-risk-tmp.";

/// One rendered report waiting to be written: a file path, or "-" for standard output.
struct PendingOutput {
    std::string path;
    std::string_view content;
};

/// The reports of one run, written all or nothing. Each file target gets a hidden temporary
/// file in its own folder, which its report is rendered straight into (so a reader never sees
/// a half-written report, and a large one never sits whole in memory); only when every report
/// is complete are they renamed over their targets. Standard output and devices such as
/// /dev/null are kept in memory and written last, after every file is in place. A temporary
/// file not renamed is removed when the batch ends, or when SIGINT, SIGTERM or SIGHUP ends the
/// run (interrupt_cleanup.h). Temporary files are named `.NAME.upgrade-risk-tmp.XXXXXX`, so
/// one left by a run that was killed outright is easy to recognise.
class OutputBatch {
public:
    /// `protected_path` is the inventory, which no output may replace.
    explicit OutputBatch(std::string protected_path) : protected_path_(std::move(protected_path)) {}
    ~OutputBatch();
    OutputBatch(const OutputBatch&) = delete;
    OutputBatch& operator=(const OutputBatch&) = delete;

    /// Checks every target ("-" is standard output) and opens a sink for each. Refuses, before
    /// creating anything, a target that is the inventory (also through symlinks, hard links or
    /// other spellings of its path), a folder, a file in a missing folder, or a file named
    /// twice. A symlink at a target is replaced by the report, never followed. One plain-words
    /// message per problem; empty on success.
    std::vector<std::string> open(const std::vector<std::string>& paths);

    /// Where the report for paths[index] is rendered.
    ReportSink& sink(std::size_t index) { return *outputs_[index].sink; }

    /// Completes every file, renames them over their targets and writes the rest; the
    /// problems, empty on success. When a file cannot be completed, no target is replaced.
    std::vector<std::string> commit();

private:
    struct Output {
        std::string path;
        bool staged = false;    ///< A file written through a temporary file (not a stream).
        std::string temporary;  ///< Until renamed; empty afterwards.
        std::size_t cleanup_slot = interrupt_cleanup::kNoSlot;  ///< While `temporary` exists.
        int fd = -1;
        std::unique_ptr<ReportSink> sink;
    };

    std::optional<std::string> create_temporary(Output& output);
    /// Renames every completed temporary file over its target; the first problem.
    std::optional<std::string> rename_all();
    /// Closes and removes every temporary file.
    void discard();

    std::string protected_path_;
    std::vector<Output> outputs_;
};

/// Writes rendered outputs through an OutputBatch; one message per problem, empty on success.
std::vector<std::string> write_files_atomically(const std::vector<PendingOutput>& outputs,
                                                const std::string& protected_path);

/// Writes one output the same way; the error message, or nullopt on success.
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content,
                                                 const std::string& protected_path);

}  // namespace upgrade_risk::reports
