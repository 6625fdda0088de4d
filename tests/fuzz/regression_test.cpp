#include <filesystem>

#include <gtest/gtest.h>

#include "tests/fuzz/pipeline.h"
#include "tests/fuzz/user_inputs.h"
#include "tests/support/scratch_folder.h"

namespace upgrade_risk::fuzz {
namespace {
namespace fs = std::filesystem;

/// A file the fuzzer starts from or once crashed on (folders also hold READMEs and the
/// golden cases' expected reports).
bool is_kept_input(const fs::directory_entry& entry) {
    if (!entry.is_regular_file()) return false;
    const fs::path folder = entry.path().parent_path();
    return folder.filename() == "regressions" ? entry.path().filename() != "README.md"
                                              : entry.path().extension() == ".xml";
}

/// Every input that once crashed the fuzz target, plus its seeds (the example and golden
/// inventories), replayed without libFuzzer: a regression aborts the test binary.
TEST(FuzzRegressions, ReplayEveryKeptInput) {
    const fs::path source = UPGRADE_RISK_SOURCE_DIR;
    std::size_t replayed = 0;
    for (const fs::path& folder :
         {source / "tests/fuzz/regressions", source / "inventory/examples", source / "tests/golden"}) {
        for (const auto& entry : fs::recursive_directory_iterator(folder)) {
            if (!is_kept_input(entry)) continue;
            SCOPED_TRACE(entry.path().string());
            run_pipeline(testing::read_file(entry.path()));
            ++replayed;
        }
    }
    EXPECT_GE(replayed, 15u);
}

/// The user-inputs fuzzer's seeds and the inputs it once crashed on (tests/fuzz/user-inputs/),
/// plus every built-in template as a --template-dir file, replayed without libFuzzer.
TEST(FuzzRegressions, ReplayEveryKeptTemplateAndBaseline) {
    const fs::path source = UPGRADE_RISK_SOURCE_DIR;
    std::size_t replayed = 0;
    for (const auto& entry : fs::directory_iterator(source / "tests/fuzz/user-inputs")) {
        if (entry.path().filename() == "README.md") continue;
        SCOPED_TRACE(entry.path().string());
        run_user_inputs(testing::read_file(entry.path()));
        ++replayed;
    }
    for (const auto& entry : fs::directory_iterator(source / "templates")) {
        SCOPED_TRACE(entry.path().string());
        run_user_inputs("t" + entry.path().filename().string() + "\n" + testing::read_file(entry.path()));
        ++replayed;
    }
    EXPECT_GE(replayed, 5u);
}

}  // namespace
}  // namespace upgrade_risk::fuzz
