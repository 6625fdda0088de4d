#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "reports/output_file.h"
#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

constexpr std::string_view kEarlierReport = "{\"an\": \"earlier report\"}\n";

/// `analyze` of a generated 100,000-server organization (a 25 MB inventory, about 120 MB of
/// reports), stopped by a signal while it writes its reports into a folder that holds an
/// earlier JSON report.
class InterruptedWrite : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        inventory_folder_ = new ScratchFolder("interrupted-write-inventory");
        const ProcessResult generated =
            run_process({{UPGRADE_RISK_GEN, "--servers", "100000", "--seed", "7", "-o", inventory().string()},
                         {}, {}, std::chrono::seconds(120)});
        ASSERT_EQ(generated.exit_code, 0) << generated.err;
    }
    static void TearDownTestSuite() {
        delete inventory_folder_;
        inventory_folder_ = nullptr;
    }
    static fs::path inventory() { return inventory_folder_->path() / "organization.xml"; }
    static ScratchFolder* inventory_folder_;

    ScratchFolder folder_{"interrupted-write"};

    void SetUp() override { write_file(folder_.path() / "r.json", kEarlierReport); }

    /// True once a temporary file of the run holds part of a report.
    bool writing() const {
        for (const auto& entry : fs::directory_iterator(folder_.path())) {
            const std::string name = entry.path().filename().string();
            if (name.find(reports::kTemporaryMarker) != std::string::npos && entry.file_size() > 0) return true;
        }
        return false;
    }

    /// Starts the run, sends `signal` once a report is partly written, and returns how it ended.
    ProcessResult interrupt_with(int signal) const {
        RunningProcess run({{upgrade_risk_executable(), "analyze", inventory().string(), "-o", "json=r.json",
                             "--html", "r.html", "-o", "csv=r.csv"},
                            folder_.path(), {}, std::chrono::seconds(120)});
        while (run.running() && !writing()) std::this_thread::sleep_for(std::chrono::microseconds(200));
        EXPECT_TRUE(run.running()) << "the run ended before it could be interrupted; make the inventory larger";
        run.signal(signal);
        return run.wait();
    }
};

ScratchFolder* InterruptedWrite::inventory_folder_ = nullptr;

TEST_F(InterruptedWrite, SigintRemovesTheTemporaryFilesAndEndsTheRunAsSigintDoes) {
    const ProcessResult run = interrupt_with(SIGINT);
    EXPECT_EQ(run.signal, SIGINT) << run.err;
    EXPECT_EQ(folder_.entries(), std::vector<std::string>{"r.json"});
    EXPECT_EQ(read_file(folder_.path() / "r.json"), kEarlierReport);
}

TEST_F(InterruptedWrite, SigtermRemovesTheTemporaryFilesAndEndsTheRunAsSigtermDoes) {
    const ProcessResult run = interrupt_with(SIGTERM);
    EXPECT_EQ(run.signal, SIGTERM) << run.err;
    EXPECT_EQ(folder_.entries(), std::vector<std::string>{"r.json"});
    EXPECT_EQ(read_file(folder_.path() / "r.json"), kEarlierReport);
}

/// SIGKILL cannot be caught: what it leaves is named so that a person sees what it is
/// (docs/security.md), and the earlier report is still whole.
TEST_F(InterruptedWrite, SigkillLeavesOnlyRecognisableTemporaryFiles) {
    const ProcessResult run = interrupt_with(SIGKILL);
    EXPECT_EQ(run.signal, SIGKILL);
    for (const std::string& name : folder_.entries()) {
        if (name == "r.json") continue;
        EXPECT_TRUE(name.starts_with(".r.") && name.find(reports::kTemporaryMarker) != std::string::npos) << name;
    }
    EXPECT_EQ(read_file(folder_.path() / "r.json"), kEarlierReport);
}

}  // namespace
}  // namespace upgrade_risk::robustness
