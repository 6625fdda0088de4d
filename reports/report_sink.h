#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// Where a report's bytes go while it is rendered. A renderer appends to text() and calls
/// spill() between items: a sink on a file then writes out what it holds once it has a block,
/// so a report of hundreds of megabytes never sits whole in memory (and its buffer is reused,
/// not grown into fresh pages). A sink in memory keeps everything, for standard output, which
/// is written only after every file is in place, and for tests. A discarding sink drops the
/// bytes a block at a time: a report is still rendered, so its errors show, but kept nowhere.
///
/// On a file it writes with O_DIRECT where the file system allows it: whole 4 KB blocks go
/// straight to the disk, and only the last partial block through the page cache. The blocks go
/// from the buffer itself when it starts on a page, as the program's allocator places a buffer
/// that large (reports/report_sink.cpp), and are copied to an aligned staging buffer first
/// where another allocator does not. Filling fresh page-cache pages was most of the system time of a large run on a
/// virtual machine (400 MB: 1.7 s of CPU buffered, 0.1 s direct; docs/performance.md), and the
/// reports are synced to disk before they are renamed into place anyway.
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
        if (spills_at(buffer_.size())) write_out(false);
    }
    /// True when spill() would write out a buffer of `size` bytes.
    bool spills_at(std::size_t size) const { return (fd_ >= 0 || discard_) && size >= kBlock; }

    /// Makes the buffer's room for two blocks, before a report is rendered into it.
    /// A batch opens every report's sink first and renders them one after the other: room made
    /// when the report starts is the memory the last one's finish() gave back, already touched,
    /// instead of fresh pages for every report of the run (docs/performance.md).
    void start();

    /// Writes out whatever is left and, on a file or discarding, gives the buffer's memory
    /// back; errno of the first failed write, or 0. Called again, it writes nothing more.
    int finish();

private:
    static constexpr std::size_t kBlock = 1 << 20;
    /// What O_DIRECT asks of a write's address, size and offset (a page: 512-byte disks too).
    static constexpr std::size_t kDirectAlignment = 4096;

    struct FreeAligned {
        void operator()(char* bytes) const;
    };

    /// Writes out the buffer; with `last` false a direct sink keeps the bytes past its last whole
    /// block for the next time.
    void write_out(bool last);
    /// Writes `bytes` whole, buffered or (when direct_) straight to the disk; direct_ ends, and
    /// the bytes go buffered, where the file system refuses them.
    void write_fully(std::string_view bytes);
    /// `bytes` at an address O_DIRECT takes: where they are, or copied to staging_ (made on first
    /// use); nullptr when there is no memory for it.
    const char* aligned_copy(std::string_view bytes);
    /// Clears O_DIRECT on the file: what follows goes through the page cache.
    void end_direct();

    std::string buffer_;
    int fd_ = -1;
    bool discard_ = false;
    bool direct_ = false;  ///< fd_ has O_DIRECT; blocks are written from staging_.
    std::unique_ptr<char, FreeAligned> staging_;  ///< kBlock bytes at kDirectAlignment, or none.
    int error_ = 0;  ///< errno of the first failed write: later writes are skipped.
};

}  // namespace upgrade_risk::reports
