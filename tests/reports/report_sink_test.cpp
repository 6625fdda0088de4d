// Reports rendered into files a block at a time, and write errors kept for the end.
#include "reports/report_sink.h"

#include <cerrno>
#include <string>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

namespace upgrade_risk::reports {
namespace {

TEST(ReportSink, InMemoryKeepsEverything) {
    ReportSink sink;
    sink.append(std::string(3 << 20, 'a'));
    sink.spill();
    EXPECT_EQ(sink.text().size(), 3u << 20);
    EXPECT_EQ(sink.finish(), 0);
}

TEST(ReportSink, OnAFileWritesBlocksAndKeepsLittleInMemory) {
    FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    const int fd = ::fileno(file);
    ReportSink sink(fd);
    std::size_t written = 0;
    for (int i = 0; i < 5000; ++i) {
        const std::string line = "line " + std::to_string(i) + "\n";
        sink.append(line);
        written += line.size();
        sink.spill();
        EXPECT_LT(sink.text().size(), 2u << 20);
    }
    EXPECT_EQ(sink.finish(), 0);
    EXPECT_TRUE(sink.text().empty());
    EXPECT_EQ(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), written);
    std::fclose(file);
}

TEST(ReportSink, KeepsTheFirstWriteError) {
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    if (fd < 0) GTEST_SKIP() << "no /dev/full here";
    ReportSink sink(fd);
    sink.append(std::string(2 << 20, 'x'));
    sink.spill();
    sink.append("more");
    EXPECT_EQ(sink.finish(), ENOSPC);
    ::close(fd);
}

}  // namespace
}  // namespace upgrade_risk::reports
