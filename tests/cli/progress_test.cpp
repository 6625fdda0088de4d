#include "analyzer/cli/progress.h"

#include <sstream>

#include <gtest/gtest.h>

namespace upgrade_risk::cli {
namespace {

TEST(Progress, PrintsOneLinePerStageWithTheElapsedTime) {
    std::ostringstream out;
    Progress progress(out, true);
    progress.stage("reading and checking big.xml");
    progress.stage("analysing 1000000 servers");
    const std::string text = out.str();
    EXPECT_EQ(text.rfind("upgrade-risk: [   0.0 s] reading and checking big.xml\n", 0), 0u) << text;
    EXPECT_NE(text.find("] analysing 1000000 servers\n"), std::string::npos) << text;
}

TEST(Progress, IsSilentWhenDisabled) {
    std::ostringstream out;
    Progress progress(out, false);
    progress.stage("reading and checking big.xml");
    EXPECT_EQ(out.str(), "");
}

TEST(Progress, IsSilentForSmallInventoriesAndMissingFiles) {
    // Whatever stderr is, these inputs are too small (or absent) to report on.
    testing::internal::CaptureStderr();
    Progress::for_inventory(UPGRADE_RISK_SOURCE_DIR "/inventory/examples/q195908.xml").stage("x");
    Progress::for_inventory("/nonexistent/inventory.xml").stage("x");
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

}  // namespace
}  // namespace upgrade_risk::cli
