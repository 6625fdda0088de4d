// Reports rendered into files a block at a time, and write errors kept for the end.
#include "reports/report_sink.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
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

// A batch's sinks are open together and filled one after the other: each makes its room when
// its report starts and gives it back when the report is finished, so the next report's room
// is the same memory (docs/performance.md), and the batch's second finish() writes nothing.
TEST(ReportSink, OnAFileMakesRoomAtTheStartAndGivesItBackWhenFinished) {
    FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    const int fd = ::fileno(file);
    ReportSink sink(fd);
    EXPECT_EQ(sink.text().capacity(), std::string().capacity());  // opened: no room yet
    sink.start();
    EXPECT_GE(sink.text().capacity(), 2U << 20);
    sink.append(std::string((1U << 20) + 10, 'r'));
    sink.spill();
    sink.append("the end");
    EXPECT_EQ(sink.finish(), 0);
    EXPECT_EQ(sink.text().capacity(), std::string().capacity());
    EXPECT_EQ(sink.finish(), 0);
    EXPECT_EQ(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), (1U << 20) + 17);
    std::fclose(file);
}

TEST(ReportSink, InMemoryKeepsItsTextWhenFinished) {
    ReportSink sink;
    sink.start();
    sink.append("for standard output, written after the files");
    EXPECT_EQ(sink.finish(), 0);
    EXPECT_EQ(sink.text(), "for standard output, written after the files");
}

/// The bytes a file ends up with when `total` bytes are appended in uneven pieces, spilling
/// after each, in the folder `folder`.
std::string written_through_a_sink(const std::string& folder, std::size_t total, bool& direct) {
    std::string path = folder + "/report-sink-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) return "(mkstemp failed)";
    std::string expected;
    {
        ReportSink sink(fd);
        direct = (::fcntl(fd, F_GETFL) & O_DIRECT) != 0;
        std::uint32_t seed = 12345;
        while (expected.size() < total) {
            seed = seed * 1103515245U + 12345U;
            const std::size_t piece = std::min<std::size_t>(total - expected.size(), 1 + seed % 70000);
            const std::string bytes(piece, static_cast<char>('a' + seed % 26));
            sink.append(bytes);
            expected += bytes;
            sink.spill();
        }
        EXPECT_EQ(sink.finish(), 0);
    }
    std::string actual(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), '\0');
    const ssize_t read = ::pread(fd, actual.data(), actual.size(), 0);
    ::close(fd);
    ::unlink(path.c_str());
    if (read != static_cast<ssize_t>(actual.size())) return "(read failed)";
    return actual == expected ? "same" : "differs: " + std::to_string(actual.size()) + " bytes of " +
                                             std::to_string(expected.size());
}

TEST(ReportSink, OnAFileWritesTheSameBytesDirectOrBufferedAtEverySize) {
    const std::size_t block = 1U << 20;
    for (const char* folder : {"/tmp", "/dev/shm"}) {
        if (::access(folder, W_OK) != 0) continue;
        for (const std::size_t total : {std::size_t{0}, std::size_t{1}, std::size_t{4095}, std::size_t{4096},
                                        std::size_t{4097}, block - 1, block, block + 1, 3 * block + 5}) {
            bool direct = false;
            EXPECT_EQ(written_through_a_sink(folder, total, direct), "same") << folder << ", " << total;
        }
    }
}

TEST(ReportSink, WritesWholeBlocksPastThePageCacheWhereTheFileSystemAllows) {
    bool direct = false;
    ASSERT_EQ(written_through_a_sink(::testing::TempDir(), 2U << 20, direct), "same");
    // ext4, xfs and btrfs take O_DIRECT; a temporary folder elsewhere may not.
    if (!direct) GTEST_SKIP() << ::testing::TempDir() << " does not take O_DIRECT";
    EXPECT_TRUE(direct);
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
