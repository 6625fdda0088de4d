#include "analyzer/cli/commands.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "analyzer/cli/exit_codes.h"
#include "inventory/loader.h"
#include "starter_inventory.h"

namespace upgrade_risk::cli {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// The text of every <!-- comment --> in the document, concatenated.
std::string comments_of(std::string_view xml) {
    std::string comments;
    for (std::size_t start = xml.find("<!--"); start != std::string_view::npos; start = xml.find("<!--", start)) {
        const std::size_t end = xml.find("-->", start);
        comments += xml.substr(start, end - start);
        start = end;
    }
    return comments;
}

TEST(StarterInventory, LoadsWithoutErrorsOrWarnings) {
    const inventory::LoadResult result = inventory::load_inventory_text(kStarterInventory, "starter.xml");
    for (const auto& diagnostic : result.diagnostics) ADD_FAILURE() << inventory::format_diagnostic(diagnostic);
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->sites.size(), 2u);
    ASSERT_TRUE(result.inventory->rollout);
    EXPECT_EQ(result.inventory->rollout->waves.size(), 2u);
}

TEST(StarterInventory, ExplainsEveryElementInAComment) {
    const std::string comments = comments_of(kStarterInventory);
    for (const char* element : {"inventory", "organization", "site", "server", "backup", "messaging-connector",
                                "endpoint", "directory-replication-connector", "bridgehead", "media", "kit",
                                "rollout", "wave", "move-bridgehead", "upgrade"}) {
        EXPECT_NE(comments.find(std::string("<") + element + ">"), std::string::npos)
            << "no comment explains <" << element << ">";
    }
}

TEST(StarterInventory, ItsCommentedOutBridgeheadMoveIsValid) {
    std::string xml(kStarterInventory);
    const std::string example = R"(<!-- <move-bridgehead connector="HQ-Branch DRC" site="Headquarters" to="HQ-EX2"/> -->)";
    const auto at = xml.find(example);
    ASSERT_NE(at, std::string::npos);
    xml.replace(at, example.size(), R"(<move-bridgehead connector="HQ-Branch DRC" site="Headquarters" to="HQ-EX2"/>)");
    const inventory::LoadResult result = inventory::load_inventory_text(xml, "starter.xml");
    for (const auto& diagnostic : result.diagnostics) ADD_FAILURE() << inventory::format_diagnostic(diagnostic);
    ASSERT_TRUE(result.inventory);
    const auto& moves = result.inventory->rollout->waves.at(0).moves;
    ASSERT_EQ(moves.size(), 1u);
    EXPECT_EQ(result.inventory->servers[moves[0].to].name, "HQ-EX2");
}

class InitCommand : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("upgrade-risk-init-" + std::to_string(::getpid()));
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }
    fs::path folder_;
};

TEST_F(InitCommand, WritesTheStarterInventory) {
    const fs::path target = folder_ / "org.xml";
    EXPECT_EQ(run_init({target.string(), false}), kExitOk);
    EXPECT_EQ(read_file(target), kStarterInventory);
}

TEST_F(InitCommand, RefusesToOverwriteWithoutForce) {
    const fs::path target = folder_ / "org.xml";
    std::ofstream(target) << "my work";
    EXPECT_EQ(run_init({target.string(), false}), kExitInvalidInput);
    EXPECT_EQ(read_file(target), "my work");
    EXPECT_EQ(run_init({target.string(), true}), kExitOk);
    EXPECT_EQ(read_file(target), kStarterInventory);
}

TEST_F(InitCommand, MissingFolderIsAnError) {
    EXPECT_EQ(run_init({(folder_ / "no" / "org.xml").string(), false}), kExitInvalidInput);
}

}  // namespace
}  // namespace upgrade_risk::cli
