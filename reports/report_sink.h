#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// Where a report's bytes go while it is rendered. A renderer appends to text() and calls
/// spill() between items: a sink on a file then writes out what it holds once it has a block,
/// so a report of hundreds of megabytes never sits whole in memory (and its buffer is reused,
/// not grown into fresh pages). A sink in memory keeps everything, for standard output, which
/// is written only after every file is in place, and for tests. A discarding sink drops the
/// bytes a block at a time: a report is still rendered, so its errors show, but kept nowhere.
class ReportSink {
public:
    /// Tag for the discarding sink.
    struct Discard {};

    /// Keeps the whole report in text().
    ReportSink() = default;
    /// Writes to `fd` (open for writing; not closed here) in blocks.
    explicit ReportSink(int fd);
    /// Drops every block; finish() succeeds.
    explicit ReportSink(Discard) : discard_(true) {}

    ReportSink(const ReportSink&) = delete;
    ReportSink& operator=(const ReportSink&) = delete;

    /// The bytes not written out yet; renderers append here.
    std::string& text() { return buffer_; }
    void append(std::string_view bytes) { buffer_ += bytes; }

    /// Writes out (or drops) the buffer when it holds a block or more; a sink in memory keeps it.
    void spill() {
        if ((fd_ >= 0 || discard_) && buffer_.size() >= kBlock) write_out();
    }

    /// Writes out whatever is left; errno of the first failed write, or 0.
    int finish();

private:
    static constexpr std::size_t kBlock = 1 << 20;

    void write_out();

    std::string buffer_;
    int fd_ = -1;
    bool discard_ = false;
    int error_ = 0;  ///< errno of the first failed write: later writes are skipped.
};

}  // namespace upgrade_risk::reports
