#include "reports/report_sink.h"

#include <cerrno>

#include <unistd.h>

namespace upgrade_risk::reports {

ReportSink::ReportSink(int fd) : fd_(fd) { buffer_.reserve(2 * kBlock); }

void ReportSink::write_out() {
    std::string_view rest(buffer_);
    while (!discard_ && error_ == 0 && !rest.empty()) {
        const ssize_t written = ::write(fd_, rest.data(), rest.size());
        if (written >= 0) rest.remove_prefix(static_cast<std::size_t>(written));
        else if (errno != EINTR) error_ = errno;
    }
    buffer_.clear();
}

int ReportSink::finish() {
    if (fd_ >= 0 || discard_) write_out();
    return error_;
}

}  // namespace upgrade_risk::reports
