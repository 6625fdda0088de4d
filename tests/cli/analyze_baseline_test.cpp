#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "analyzer/cli/analyze_command.h"
#include "analyzer/cli/exit_codes.h"

namespace upgrade_risk::cli {
namespace {

namespace fs = std::filesystem;

std::string source(const std::string& relative) {
    return (fs::path(UPGRADE_RISK_SOURCE_DIR) / relative).string();
}

std::string read_file(const fs::path& path) {
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

class AnalyzeBaseline : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("upgrade-risk-baseline-" + std::to_string(::getpid()));
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    /// Runs analyze with --baseline, writing JSON into the scratch folder; returns the exit status.
    int run(const std::string& inventory, const std::string& baseline) {
        AnalyzeOptions options;
        options.inventory_path = inventory;
        options.baseline_path = baseline;
        options.outputs = {"json=" + (folder_ / "report.json").string()};
        ::testing::internal::CaptureStderr();
        const int status = run_analyze(options);
        stderr_ = ::testing::internal::GetCapturedStderr();
        return status;
    }

    fs::path folder_;
    std::string stderr_;
};

TEST_F(AnalyzeBaseline, MarksFindingsAgainstThePreviousReport) {
    EXPECT_EQ(run(source("tests/golden/baseline-changes/inventory.xml"),
                  source("tests/golden/baseline-changes/previous.json")),
              kExitOk);
    EXPECT_NE(stderr_.find("since " + source("tests/golden/baseline-changes/previous.json") +
                           ": 3 new, 2 unchanged, 1 resolved\n"),
              std::string::npos)
        << stderr_;
    EXPECT_EQ(stderr_.find("warning: --baseline"), std::string::npos) << stderr_;
    EXPECT_NE(read_file(folder_ / "report.json").find("\"baseline_state\": \"unchanged\""), std::string::npos);
}

TEST_F(AnalyzeBaseline, UnreadableBaselineFailsAfterReportingTheInventoryToo) {
    EXPECT_EQ(run(source("tests/reports/fixtures/awkward-names.xml"), (folder_ / "missing.json").string()),
              kExitInvalidInput);
    EXPECT_NE(stderr_.find((folder_ / "missing.json").string() +
                           ": error: cannot read the baseline report (missing or not readable)\n"),
              std::string::npos)
        << stderr_;
    EXPECT_NE(stderr_.find("awkward-names.xml:38:7: warning: "), std::string::npos) << stderr_;
    EXPECT_FALSE(fs::exists(folder_ / "report.json"));
}

TEST_F(AnalyzeBaseline, WarnsWhenTheBaselineIsAboutAnotherOrganization) {
    EXPECT_EQ(run(source("tests/reports/fixtures/awkward-names.xml"),
                  source("tests/golden/baseline-changes/previous.json")),
              kExitOk);
    EXPECT_NE(stderr_.find("is a report on organization 'Microsoft', not 'Contoso | Europe'; its findings "
                           "will all look resolved and these all new\n"),
              std::string::npos)
        << stderr_;
}

TEST_F(AnalyzeBaseline, FailOnNewCountsOnlyTheNewFindings) {
    const std::string previous = source("tests/golden/baseline-changes/previous.json");
    AnalyzeOptions options;
    options.inventory_path = source("tests/golden/baseline-changes/inventory.xml");
    options.baseline_path = previous;
    options.outputs = {"json=" + (folder_ / "report.json").string()};
    // 4 findings are medium or worse; 2 of them (a critical and a high) are new.
    options.fail_on_new = "medium";
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_analyze(options), kExitFindings);
    std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(err.ends_with("upgrade-risk: --fail-on-new medium: 3 findings new since " + previous +
                              " are medium, high or critical; exit status 1\n"))
        << err;

    // Against its own report nothing is new: the gate stays open where --fail-on would close.
    options.fail_on_new = "info";
    options.baseline_path = (folder_ / "report.json").string();
    options.outputs = {"json=" + (folder_ / "again.json").string()};
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_analyze(options), kExitOk);
    err = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(err.find("--fail-on-new"), std::string::npos) << err;
    options.fail_on = "info";
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_analyze(options), kExitFindings);
    err = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(err.ends_with("upgrade-risk: --fail-on info: 5 findings are info, low, medium, high or "
                              "critical; exit status 1\n"))
        << err;
}

}  // namespace
}  // namespace upgrade_risk::cli
