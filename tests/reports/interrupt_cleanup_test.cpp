#include "reports/interrupt_cleanup.h"

#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/scratch_folder.h"

namespace upgrade_risk::reports {
namespace {
namespace fs = std::filesystem;

TEST(InterruptCleanup, ASignalRemovesWhatIsRememberedAndThenEndsTheProcessAsItWould) {
    testing::ScratchFolder folder("interrupt-cleanup");
    const fs::path remembered = folder.path() / ".r.json.upgrade-risk-tmp.abc123";
    const fs::path forgotten = folder.path() / "r.json";
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        testing::write_file(remembered, "half a report");
        testing::write_file(forgotten, "a finished report");
        EXPECT_EXIT(
            {
                interrupt_cleanup::forget(interrupt_cleanup::remember(forgotten.string()));
                interrupt_cleanup::remember(remembered.string());
                std::raise(signal);
            },
            ::testing::KilledBySignal(signal), "");
        EXPECT_FALSE(fs::exists(remembered)) << "signal " << signal;
        EXPECT_TRUE(fs::exists(forgotten)) << "signal " << signal;
    }
}

TEST(InterruptCleanup, TheTableIsFixedAndItsSlotsAreReused) {
    const std::size_t before = interrupt_cleanup::remembered();
    std::vector<std::size_t> taken;
    for (std::size_t slot = 0; (slot = interrupt_cleanup::remember("/nonexistent/upgrade-risk-test")) != interrupt_cleanup::kNoSlot;) {
        taken.push_back(slot);
    }
    EXPECT_EQ(taken.size() + before, interrupt_cleanup::kSlots);
    EXPECT_EQ(interrupt_cleanup::remembered(), interrupt_cleanup::kSlots);
    for (const std::size_t slot : taken) interrupt_cleanup::forget(slot);
    EXPECT_EQ(interrupt_cleanup::remembered(), before);
    EXPECT_EQ(interrupt_cleanup::remember(std::string(interrupt_cleanup::kPathBytes, 'a')),
              interrupt_cleanup::kNoSlot);
}

}  // namespace
}  // namespace upgrade_risk::reports
