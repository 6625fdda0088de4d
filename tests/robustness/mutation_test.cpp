#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/robustness/mutator.h"
#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

/// The valid inventories mutations start from: the examples and every golden case.
std::vector<fs::path> seed_inventories() {
    const fs::path source = UPGRADE_RISK_SOURCE_DIR;
    std::vector<fs::path> seeds;
    for (const auto& entry : fs::directory_iterator(source / "inventory/examples")) {
        if (entry.path().extension() == ".xml") seeds.push_back(entry.path());
    }
    if (fs::is_directory(source / "tests/golden")) {
        for (const auto& entry : fs::directory_iterator(source / "tests/golden")) {
            if (fs::exists(entry.path() / "inventory.xml")) seeds.push_back(entry.path() / "inventory.xml");
        }
    }
    std::sort(seeds.begin(), seeds.end());
    return seeds;
}

std::size_t mutation_count() {
    const char* count = std::getenv("UPGRADE_RISK_MUTATIONS");
    return count != nullptr ? std::strtoul(count, nullptr, 10) : 400;
}

/// Hundreds of damaged inventories through the real executable: every run must end with
/// 0, 1 or 2 (never a crash or a hang) and leave the folder as it found it.
TEST(Mutation, DamagedInventoriesNeverCrashHangOrLeaveFilesBehind) {
    const auto seeds = seed_inventories();
    ASSERT_FALSE(seeds.empty());
    ScratchFolder folder("mutation");
    const fs::path inventory = folder.path() / "inventory.xml";
    Mutator mutator(20260415);
    std::size_t by_exit[3] = {0, 0, 0};
    const std::size_t total = mutation_count();
    for (std::size_t i = 0; i < total; ++i) {
        const fs::path& seed = seeds[i % seeds.size()];
        std::string kind;
        const std::string text = mutator.mutate(read_file(seed), kind);
        write_file(inventory, text);
        const ProcessResult run = run_process(
            {{upgrade_risk_executable(), "validate", inventory.string()}, {}, {}, std::chrono::seconds(20)});
        const std::string context = "mutation " + std::to_string(i) + " (" + kind + ") of " +
                                    seed.filename().string() + "\nstderr: " + run.err.substr(0, 2000);
        ASSERT_FALSE(run.timed_out) << "hang: " << context;
        ASSERT_EQ(run.signal, 0) << "crash: " << context;
        ASSERT_TRUE(run.exit_code >= 0 && run.exit_code <= 2) << "exit " << run.exit_code << ": " << context;
        ++by_exit[run.exit_code];
        ASSERT_EQ(folder.entries(), std::vector<std::string>{"inventory.xml"}) << context;
        if (run.exit_code == 2) {
            EXPECT_NE(run.err.find("error"), std::string::npos) << context;
        }
    }
    // The mutations must really exercise both paths, or the test proves little.
    EXPECT_GT(by_exit[2], total / 4);
    EXPECT_GT(by_exit[0] + by_exit[1], total / 20);
    std::printf("mutations: %zu valid, %zu with findings, %zu refused\n", by_exit[0], by_exit[1], by_exit[2]);
}

TEST(Mutation, TheMutatorIsDeterministic) {
    Mutator a(7);
    Mutator b(7);
    std::string kind_a;
    std::string kind_b;
    const std::string text = "<inventory format=\"1\">\n<site name=\"A\"/>\n</inventory>\n";
    for (int i = 0; i < 50; ++i) EXPECT_EQ(a.mutate(text, kind_a), b.mutate(text, kind_b));
}

}  // namespace
}  // namespace upgrade_risk::robustness
