#include "reports/report_sink.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace upgrade_risk::reports {

void ReportSink::FreeAligned::operator()(char* bytes) const { std::free(bytes); }

ReportSink::ReportSink(int fd) : fd_(fd) {
    // Direct only from a block boundary (a new file), and only where the file system takes it.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::lseek(fd, 0, SEEK_CUR) % static_cast<off_t>(kDirectAlignment) != 0) return;
    if (::fcntl(fd, F_SETFL, flags | O_DIRECT) != 0) return;
    direct_ = true;
}

void ReportSink::end_direct() {
    if (!direct_) return;
    direct_ = false;
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT);
}

const char* ReportSink::aligned_copy(std::string_view bytes) {
    if (reinterpret_cast<std::uintptr_t>(bytes.data()) % kDirectAlignment == 0) return bytes.data();
    if (!staging_) staging_.reset(static_cast<char*>(std::aligned_alloc(kDirectAlignment, kBlock)));
    if (!staging_) return nullptr;
    std::memcpy(staging_.get(), bytes.data(), bytes.size());
    return staging_.get();
}

void ReportSink::write_fully(std::string_view bytes) {
    const char* from = bytes.data();
    if (direct_ && (from = aligned_copy(bytes)) == nullptr) {  // no memory to stage: buffered
        end_direct();
        from = bytes.data();
    }
    std::size_t done = 0;
    while (error_ == 0 && done < bytes.size()) {
        const ssize_t written = ::write(fd_, from + done, bytes.size() - done);
        if (written > 0 && (!direct_ || static_cast<std::size_t>(written) % kDirectAlignment == 0)) {
            done += static_cast<std::size_t>(written);
        } else if (written > 0) {  // a direct write that stopped inside a block: the rest buffered
            done += static_cast<std::size_t>(written);
            end_direct();
            from = bytes.data();
        } else if (written < 0 && direct_ && errno == EINVAL) {  // refused: buffered from here on
            end_direct();
            from = bytes.data();
        } else if (written < 0 && errno != EINTR) {
            error_ = errno;
        }
    }
}

void ReportSink::write_out(bool last) {
    std::string_view rest(buffer_);
    while (direct_ && error_ == 0 && rest.size() >= kDirectAlignment) {
        const std::size_t chunk = std::min(kBlock, rest.size() / kDirectAlignment * kDirectAlignment);
        write_fully(rest.substr(0, chunk));
        rest.remove_prefix(chunk);
    }
    if (direct_ && !last) {  // the partial block waits for more
        buffer_.erase(0, buffer_.size() - rest.size());
        return;
    }
    end_direct();
    if (!discard_ && !rest.empty()) write_fully(rest);
    buffer_.clear();
}

void ReportSink::start() {
    if (fd_ >= 0 || discard_) buffer_.reserve(2 * kBlock);
}

int ReportSink::finish() {
    if (fd_ >= 0 || discard_) {
        write_out(true);
        std::string().swap(buffer_);
        staging_.reset();
    }
    return error_;
}

}  // namespace upgrade_risk::reports
