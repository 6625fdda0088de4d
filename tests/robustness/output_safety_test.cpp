#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

/// `analyze` end to end on a real inventory, each test in its own folder (the working
/// directory of the run) holding a copy of the inventory.
class AnalyzeOutputs : public ::testing::Test {
protected:
    ScratchFolder folder_{"analyze-outputs"};
    fs::path inventory_ = folder_.path() / "inventory.xml";
    std::string original_ = read_file(fs::path(UPGRADE_RISK_SOURCE_DIR) / "inventory/examples/contoso.xml");

    void SetUp() override { write_file(inventory_, original_); }

    ProcessResult analyze(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {upgrade_risk_executable(), "analyze", inventory_.string()});
        return run_process({arguments, folder_.path(), {{"SOURCE_DATE_EPOCH", "1700000000"}},
                            std::chrono::seconds(30)});
    }
};

TEST_F(AnalyzeOutputs, WritesEveryReportAndNothingElse) {
    const ProcessResult run = analyze({"-o", "json=r.json", "-o", "csv=r.csv"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(folder_.entries(), (std::vector<std::string>{"inventory.xml", "r.csv", "r.json"}));
    EXPECT_TRUE(read_file(folder_.path() / "r.json").starts_with("{"));
}

TEST_F(AnalyzeOutputs, RefusesToWriteOverTheInventoryUnderAnySpelling) {
    fs::create_directory(folder_.path() / "sub");
    fs::create_symlink(inventory_, folder_.path() / "link.xml");
    for (const std::string& target : {inventory_.string(), std::string("inventory.xml"), std::string("./inventory.xml"),
                                     std::string("sub/../inventory.xml"), std::string("link.xml")}) {
        for (const std::string option : {"--json", "-o"}) {
            const std::string value = option == "-o" ? "markdown=" + target : target;
            const ProcessResult run = analyze({option, value});
            EXPECT_EQ(run.exit_code, 2) << option << " " << value;
            EXPECT_NE(run.err.find("cannot write '" + target +
                                   "': it is the inventory being analysed; choose another output file"),
                      std::string::npos)
                << run.err;
            EXPECT_EQ(read_file(inventory_), original_);
            EXPECT_TRUE(fs::is_symlink(folder_.path() / "link.xml"));
            EXPECT_EQ(folder_.entries(), (std::vector<std::string>{"inventory.xml", "link.xml", "sub"}));
        }
    }
}

TEST_F(AnalyzeOutputs, AMissingFolderIsAClearErrorAndNothingIsWritten) {
    const ProcessResult run = analyze({"--json", "reports/r.json", "-o", "csv=r.csv"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("upgrade-risk: error: cannot write 'reports/r.json': the folder 'reports' "
                           "does not exist; create it first"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(folder_.entries(), std::vector<std::string>{"inventory.xml"}) << "r.csv was written alone";
    // The run ends on what to do, not on a verdict that reads as if it had worked.
    EXPECT_TRUE(run.err.ends_with("upgrade-risk: no report was written (every report is written or "
                                  "none is); fix the errors above and run again\n"))
        << run.err;
    EXPECT_EQ(run.err.find("verdict"), std::string::npos) << run.err;
}

TEST_F(AnalyzeOutputs, AnUnwritableFolderIsAClearErrorAndEarlierReportsStay) {
    // Root ignores permission bits, so /sys (which takes no new files) stands in then.
    const bool root = ::geteuid() == 0;
    const fs::path locked = root ? fs::path("/sys") : folder_.path() / "locked";
    if (!root) {
        fs::create_directory(locked);
        fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    }
    write_file(folder_.path() / "r.json", "the earlier report\n");
    const std::string target = (locked / "r.csv").string();
    // The JSON report is staged first, then dropped when the CSV one cannot be created.
    const ProcessResult run = analyze({"-o", "json=r.json", "-o", "csv=" + target});
    if (!root) fs::permissions(locked, fs::perms::owner_all);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("upgrade-risk: error: cannot write '" + target + "': could not create a file "
                           "in the folder '" + locked.string() + "' (Permission denied)"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(read_file(folder_.path() / "r.json"), "the earlier report\n");
    EXPECT_FALSE(fs::exists(target));
    std::vector<std::string> expected = {"inventory.xml", "r.json"};
    if (!root) expected.insert(expected.begin() + 1, "locked");
    EXPECT_EQ(folder_.entries(), expected);
}

TEST_F(AnalyzeOutputs, AnEarlierReportIsReplacedWholeAndASymlinkIsNotFollowed) {
    const fs::path elsewhere = folder_.path() / "elsewhere.txt";
    write_file(elsewhere, "not a report\n");
    fs::create_symlink(elsewhere, folder_.path() / "r.json");
    const ProcessResult run = analyze({"--json", "r.json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_file(elsewhere), "not a report\n");
    EXPECT_FALSE(fs::is_symlink(folder_.path() / "r.json"));
    EXPECT_TRUE(read_file(folder_.path() / "r.json").starts_with("{"));
}

TEST_F(AnalyzeOutputs, TheSameFileTwiceIsRefused) {
    const ProcessResult run = analyze({"--json", "r.json", "-o", "sarif=./r.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("cannot write 'r.json': two outputs were asked to go to this same file"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(folder_.entries(), std::vector<std::string>{"inventory.xml"});
}

}  // namespace
}  // namespace upgrade_risk::robustness
