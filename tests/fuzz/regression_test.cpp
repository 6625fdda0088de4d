#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/fuzz/pipeline.h"

namespace upgrade_risk::fuzz {
namespace {
namespace fs = std::filesystem;

/// Every input that once crashed the fuzz target, plus the seeds, replayed without
/// libFuzzer: a regression aborts the test binary.
TEST(FuzzRegressions, ReplayEveryKeptInput) {
    const fs::path source = UPGRADE_RISK_SOURCE_DIR;
    std::size_t replayed = 0;
    for (const fs::path& folder : {source / "tests/fuzz/regressions", source / "inventory/examples"}) {
        for (const auto& entry : fs::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
            std::ifstream file(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << file.rdbuf();
            SCOPED_TRACE(entry.path().string());
            run_pipeline(text.str());
            ++replayed;
        }
    }
    EXPECT_GE(replayed, 1u);
}

}  // namespace
}  // namespace upgrade_risk::fuzz
