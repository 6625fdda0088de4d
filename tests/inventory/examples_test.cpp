// Every bundled example inventory loads cleanly: no errors and no warnings.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "inventory/sha256.h"

namespace upgrade_risk::inventory {
namespace {

std::filesystem::path examples_dir() {
    return std::filesystem::path(UPGRADE_RISK_SOURCE_DIR) / "inventory" / "examples";
}

TEST(Examples, EveryExampleLoadsWithoutDiagnostics) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(examples_dir())) {
        if (entry.path().extension() != ".xml") continue;
        ++count;
        const LoadResult result = load_inventory_file(entry.path().string());
        EXPECT_TRUE(result.inventory) << entry.path();
        for (const Diagnostic& diagnostic : result.diagnostics) {
            ADD_FAILURE() << format_diagnostic(diagnostic);
        }
    }
    EXPECT_GE(count, 3U);
}

TEST(Examples, Q169653TreeHasTheKnowledgeBaseShape) {
    const LoadResult result = load_inventory_file((examples_dir() / "q169653-tree.xml").string());
    ASSERT_TRUE(result.inventory);
    std::vector<std::string> edges;
    for (const DirectoryReplicationConnector& drc : result.inventory->replication_connectors) {
        edges.push_back(result.inventory->sites[drc.bridgeheads[0].site].name + "-" +
                        result.inventory->sites[drc.bridgeheads[1].site].name);
    }
    EXPECT_EQ(edges, (std::vector<std::string>{"A-B", "B-C", "B-D", "D-E"}));
}

TEST(Examples, DigestIsOfTheFileBytes) {
    const std::string path = (examples_dir() / "q195908.xml").string();
    const LoadResult result = load_inventory_file(path);
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->path, path);
    std::ifstream file(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    EXPECT_EQ(result.inventory->sha256, sha256_hex(bytes));
}

TEST(Examples, MissingFileIsOneClearError) {
    const LoadResult result = load_inventory_file("no/such/inventory.xml");
    EXPECT_FALSE(result.inventory);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(format_diagnostic(result.diagnostics[0]),
              "no/such/inventory.xml: error: cannot open the inventory file (check the path and that you may read it)");
}

}  // namespace
}  // namespace upgrade_risk::inventory
