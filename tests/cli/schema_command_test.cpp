#include "analyzer/cli/commands.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "analyzer/cli/exit_codes.h"

namespace upgrade_risk::cli {
namespace {

TEST(SchemaCommand, PrintsTheInventoryXsdByteForByte) {
    std::ifstream file(std::filesystem::path(UPGRADE_RISK_SOURCE_DIR) / "inventory" / "schema" / "inventory-1.xsd",
                       std::ios::binary);
    std::ostringstream expected;
    expected << file.rdbuf();
    ASSERT_FALSE(expected.str().empty());
    ::testing::internal::CaptureStdout();
    const int status = run_schema();
    const std::string printed = ::testing::internal::GetCapturedStdout();
    EXPECT_EQ(status, kExitOk);
    EXPECT_EQ(printed, expected.str());
    // The schema an editor checks against knows the rollout's bridgehead moves.
    EXPECT_NE(printed.find("<xs:element name=\"move-bridgehead\">"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::cli
