#include "reports/output_file.h"

#include <filesystem>
#include <string>

#include <csignal>

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/support/scratch_folder.h"

namespace upgrade_risk::reports {
namespace {
namespace fs = std::filesystem;

class WriteFileAtomically : public ::testing::Test {
protected:
    testing::ScratchFolder scratch_{"write_file_atomically"};
    fs::path dir_ = scratch_.path();
    std::string inventory_ = (dir_ / "inventory.xml").string();

    void SetUp() override { testing::write_file(inventory_, "<inventory/>\n"); }

    /// A folder no file can be created in: root ignores permission bits, so a read-only
    /// file system stands in for it then. Empty when there is none.
    fs::path unwritable_folder() const {
        if (::geteuid() == 0) return fs::is_directory("/sys") ? fs::path("/sys") : fs::path();
        const fs::path folder = dir_ / "locked";
        fs::create_directories(folder);
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
        return folder;
    }
    std::vector<std::string> entries() const { return scratch_.entries(); }
};

TEST_F(WriteFileAtomically, WritesTheReportAndLeavesNothingElse) {
    EXPECT_EQ(write_file_atomically((dir_ / "report.json").string(), "{}\n", inventory_), std::nullopt);
    EXPECT_EQ(testing::read_file(dir_ / "report.json"), "{}\n");
    EXPECT_EQ(entries(), (std::vector<std::string>{"inventory.xml", "report.json"}));
}

TEST_F(WriteFileAtomically, ReplacesAnExistingReportWhole) {
    testing::write_file(dir_ / "report.html", std::string(100'000, 'o'));
    EXPECT_EQ(write_file_atomically((dir_ / "report.html").string(), "new", inventory_), std::nullopt);
    EXPECT_EQ(testing::read_file(dir_ / "report.html"), "new");
    EXPECT_EQ(entries().size(), 2u);
}

TEST_F(WriteFileAtomically, HonoursTheUmaskForTheNewFile) {
    const mode_t old_mask = ::umask(027);
    EXPECT_EQ(write_file_atomically((dir_ / "r.csv").string(), "a", inventory_), std::nullopt);
    ::umask(old_mask);
    EXPECT_EQ(fs::status(dir_ / "r.csv").permissions(),
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(WriteFileAtomically, RefusesTheInventoryUnderEverySpelling) {
    fs::create_symlink(inventory_, dir_ / "link.xml");
    fs::create_hard_link(inventory_, dir_ / "hard.xml");
    fs::create_directories(dir_ / "sub");
    const std::string spellings[] = {
        inventory_,
        (dir_ / "." / "inventory.xml").string(),
        (dir_ / "sub" / ".." / "inventory.xml").string(),
        (dir_ / "link.xml").string(),
        (dir_ / "hard.xml").string(),
    };
    for (const std::string& path : spellings) {
        EXPECT_EQ(write_file_atomically(path, "oops", inventory_),
                  "cannot write '" + path +
                      "': it is the inventory being analysed; choose another output file");
    }
    EXPECT_EQ(testing::read_file(inventory_), "<inventory/>\n");
    EXPECT_EQ(entries(), (std::vector<std::string>{"hard.xml", "inventory.xml", "link.xml", "sub"}));
}

TEST_F(WriteFileAtomically, RefusesARelativeSpellingOfTheInventory) {
    const fs::path old_cwd = fs::current_path();
    fs::current_path(dir_);
    const auto error = write_file_atomically("./inventory.xml", "oops", "inventory.xml");
    fs::current_path(old_cwd);
    ASSERT_TRUE(error);
    EXPECT_EQ(testing::read_file(inventory_), "<inventory/>\n");
}

TEST_F(WriteFileAtomically, RefusesAMissingFolderPlainly) {
    const std::string path = (dir_ / "missing" / "report.html").string();
    EXPECT_EQ(write_file_atomically(path, "x", inventory_),
              "cannot write '" + path + "': the folder '" + (dir_ / "missing").string() +
                  "' does not exist; create it first");
    EXPECT_EQ(entries(), std::vector<std::string>{"inventory.xml"});
}

TEST_F(WriteFileAtomically, RefusesAFolderAsTheTarget) {
    fs::create_directories(dir_ / "out");
    const auto error = write_file_atomically((dir_ / "out").string(), "x", inventory_);
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("it is a folder; give a file name such as"), std::string::npos);
    EXPECT_TRUE(fs::is_empty(dir_ / "out"));
}

TEST_F(WriteFileAtomically, RefusesAFolderThatIsAFile) {
    const auto error = write_file_atomically(inventory_ + "/report.json", "x", inventory_);
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("is not a folder"), std::string::npos);
}

TEST_F(WriteFileAtomically, ReportsAnUnwritableFolderAndLeavesNothing) {
    const fs::path folder = unwritable_folder();
    if (folder.empty()) GTEST_SKIP() << "no read-only folder to try";
    const std::string path = (folder / "report.json").string();
    EXPECT_EQ(write_file_atomically(path, "x", inventory_),
              "cannot write '" + path + "': could not create a file in the folder '" +
                  folder.string() + "' (Permission denied)");
    EXPECT_FALSE(fs::exists(path));
}

TEST_F(WriteFileAtomically, ReplacesASymlinkAtTheTargetInsteadOfFollowingIt) {
    testing::write_file(dir_ / "elsewhere.txt", "keep me");
    fs::create_symlink(dir_ / "elsewhere.txt", dir_ / "report.json");
    EXPECT_EQ(write_file_atomically((dir_ / "report.json").string(), "{}", inventory_), std::nullopt);
    EXPECT_FALSE(fs::is_symlink(dir_ / "report.json"));
    EXPECT_EQ(testing::read_file(dir_ / "report.json"), "{}");
    EXPECT_EQ(testing::read_file(dir_ / "elsewhere.txt"), "keep me");
}

TEST_F(WriteFileAtomically, WritesDevicesInPlace) {
    EXPECT_EQ(write_file_atomically("/dev/null", "discarded", inventory_), std::nullopt);
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    if (fs::exists("/dev/full")) {
        EXPECT_EQ(write_file_atomically("/dev/full", "x", inventory_),
                  "cannot write '/dev/full': No space left on device");
    }
}

TEST_F(WriteFileAtomically, WritesAllOutputsOrNone) {
    testing::write_file(dir_ / "report.json", "old json");
    const std::string missing = (dir_ / "missing" / "report.html").string();
    const auto errors = write_files_atomically(
        {{(dir_ / "report.json").string(), "new json"}, {missing, "<html>"}}, inventory_);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("does not exist"), std::string::npos);
    EXPECT_EQ(testing::read_file(dir_ / "report.json"), "old json");
    EXPECT_EQ(entries(), (std::vector<std::string>{"inventory.xml", "report.json"}));
}

TEST_F(WriteFileAtomically, CleansUpWhenALaterOutputCannotBeCreated) {
    const fs::path folder = unwritable_folder();
    if (folder.empty()) GTEST_SKIP() << "no read-only folder to try";
    const auto errors = write_files_atomically(
        {{(dir_ / "report.json").string(), "json"}, {(folder / "report.html").string(), "<html>"}},
        inventory_);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_FALSE(fs::exists(dir_ / "report.json"));
    for (const std::string& name : entries()) EXPECT_EQ(name.find(".report.json."), std::string::npos);
}

TEST_F(WriteFileAtomically, ABatchNotCommittedLeavesNothingAndChangesNothing) {
    testing::write_file(dir_ / "report.json", "old");
    {
        OutputBatch batch(inventory_);
        ASSERT_TRUE(batch.open({(dir_ / "report.json").string(), (dir_ / "new.html").string()}).empty());
        batch.sink(0).append("half a report");
        batch.sink(1).append(std::string(3 << 20, 'h'));
        batch.sink(1).spill();
        // Abandoned, as after a broken template: never committed.
    }
    EXPECT_EQ(testing::read_file(dir_ / "report.json"), "old");
    EXPECT_EQ(entries(), (std::vector<std::string>{"inventory.xml", "report.json"}));
}

TEST_F(WriteFileAtomically, AFailedWriteIsReportedAndReplacesNothing) {
    testing::write_file(dir_ / "report.json", "old");
    // A file size limit stands in for a full disk: writes past it fail with EFBIG.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    ::getrlimit(RLIMIT_FSIZE, &saved);
    rlimit small = saved;
    small.rlim_cur = 1 << 20;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    OutputBatch batch(inventory_);
    ASSERT_TRUE(batch.open({(dir_ / "a.csv").string(), (dir_ / "report.json").string()}).empty());
    batch.sink(0).append("small");
    batch.sink(1).append(std::string(3 << 20, 'j'));
    batch.sink(1).spill();
    const auto errors = batch.commit();
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("cannot write '" + (dir_ / "report.json").string() + "': File too large"),
              std::string::npos)
        << errors[0];
    EXPECT_EQ(testing::read_file(dir_ / "report.json"), "old");
    EXPECT_EQ(entries(), (std::vector<std::string>{"inventory.xml", "report.json"}));
}

TEST_F(WriteFileAtomically, WritesSeveralOutputs) {
    EXPECT_TRUE(write_files_atomically({{(dir_ / "a.json").string(), "A"},
                                        {(dir_ / "b.html").string(), "B"}},
                                       inventory_)
                    .empty());
    EXPECT_EQ(testing::read_file(dir_ / "a.json"), "A");
    EXPECT_EQ(testing::read_file(dir_ / "b.html"), "B");
    EXPECT_EQ(entries().size(), 3u);
}

TEST_F(WriteFileAtomically, RefusesTwoOutputsToOneFile) {
    const std::string path = (dir_ / "r.json").string();
    const auto errors = write_files_atomically(
        {{path, "A"}, {(dir_ / "." / "r.json").string(), "B"}}, inventory_);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("two outputs were asked to go to this same file"), std::string::npos);
    EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace upgrade_risk::reports
