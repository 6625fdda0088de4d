// `upgrade-risk plan` end to end: what it writes, what it refuses, and that the input stays.
#include "analyzer/cli/plan_command.h"

#include <gtest/gtest.h>

#include "analyzer/cli/exit_codes.h"
#include "tests/support/scratch_folder.h"

namespace upgrade_risk::cli {
namespace {

using testing::read_file;
using testing::ScratchFolder;

const std::string kExample = std::string(UPGRADE_RISK_SOURCE_DIR) + "/inventory/examples/q195908.xml";

PlanCommandOptions options_for(const ScratchFolder& folder, const std::string& inventory) {
    PlanCommandOptions options;
    options.inventory_path = inventory;
    options.outputs = {(folder.path() / "planned.xml").string()};
    return options;
}

TEST(PlanCommand, WritesThePlannedInventoryAndItsReportsAndLeavesTheInputAlone) {
    ScratchFolder folder("plan-writes");
    const std::string input = (folder.path() / "org.xml").string();
    testing::write_file(input, read_file(kExample));
    PlanCommandOptions options = options_for(folder, input);
    options.json_path = (folder.path() / "planned.json").string();
    options.outputs.push_back("markdown=" + (folder.path() / "planned.md").string());
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(options), kExitOk);
    const std::string out = ::testing::internal::GetCapturedStdout();
    ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(read_file(input), read_file(kExample));
    const std::string planned = read_file(folder.path() / "planned.xml");
    EXPECT_NE(planned.find("<move-bridgehead connector=\"Redmond-Paris DRC\" site=\"Redmond\" to=\"SERVERB\"/>"),
              std::string::npos);
    EXPECT_EQ(planned.substr(0, planned.find("<rollout")), read_file(kExample).substr(0, planned.find("<rollout")));
    EXPECT_NE(read_file(folder.path() / "planned.json").find("\"plan\""), std::string::npos);
    EXPECT_FALSE(read_file(folder.path() / "planned.md").empty());
    EXPECT_NE(out.find("Redmond: move Redmond-Paris DRC from SERVERA to SERVERB before Wave 1"),
              std::string::npos)
        << out;
    EXPECT_EQ(folder.entries(), (std::vector<std::string>{"org.xml", "planned.json", "planned.md", "planned.xml"}));
}

TEST(PlanCommand, NothingIsWrittenWhenAReportCannotBe) {
    ScratchFolder folder("plan-all-or-nothing");
    PlanCommandOptions options = options_for(folder, kExample);
    options.html_path = (folder.path() / "missing-folder" / "r.html").string();
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(options), kExitInvalidInput);
    ::testing::internal::GetCapturedStdout();
    EXPECT_NE(::testing::internal::GetCapturedStderr().find("nothing was written"), std::string::npos);
    EXPECT_TRUE(folder.entries().empty());
}

TEST(PlanCommand, RefusesWhatDoesNotFitTheInventory) {
    ScratchFolder folder("plan-refuses");
    PlanCommandOptions with_target = options_for(folder, kExample);
    with_target.target = "5.5";
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(with_target), kExitInvalidInput);
    EXPECT_NE(::testing::internal::GetCapturedStderr().find("--target is for an inventory without a rollout"),
              std::string::npos);

    PlanCommandOptions no_output = options_for(folder, kExample);
    no_output.outputs = {"json"};
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(no_output), kExitInvalidInput);
    EXPECT_NE(::testing::internal::GetCapturedStderr().find("-o PLANNED.xml"), std::string::npos);

    PlanCommandOptions bad = options_for(folder, kExample);
    bad.spacing = "soon";
    bad.start = "tomorrow";
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(bad), kExitInvalidInput);
    const std::string errors = ::testing::internal::GetCapturedStderr();
    EXPECT_NE(errors.find("--start tomorrow"), std::string::npos) << errors;
    EXPECT_NE(errors.find("--spacing soon"), std::string::npos) << errors;
    EXPECT_TRUE(folder.entries().empty());
}

TEST(PlanCommand, AnOrganizationAlreadyOnTheTargetHasNothingToPlan) {
    ScratchFolder folder("plan-nothing");
    const std::string input = (folder.path() / "org.xml").string();
    testing::write_file(input,
                        "<inventory format=\"1\"><organization name=\"O\"><site name=\"S\">"
                        "<server name=\"A\" version=\"5.5\" service-pack=\"4\"/></site>"
                        "</organization></inventory>");
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(options_for(folder, input)), kExitOk);
    EXPECT_NE(::testing::internal::GetCapturedStderr().find("nothing to plan: no server runs a level below 5.5 SP4"),
              std::string::npos);
    EXPECT_EQ(folder.entries(), std::vector<std::string>{"org.xml"});
}

TEST(PlanCommand, FailOnJudgesThePlannedRollout) {
    ScratchFolder folder("plan-fail-on");
    PlanCommandOptions options = options_for(folder, kExample);
    options.fail_on = "high";
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(run_plan(options), kExitOk);  // the plan leaves only low findings
    options.fail_on = "low";
    EXPECT_EQ(run_plan(options), kExitFindings);
    ::testing::internal::GetCapturedStdout();
    ::testing::internal::GetCapturedStderr();
}

}  // namespace
}  // namespace upgrade_risk::cli
