// The HTML runbook names what the prerequisite rules chose, as the JSON does: one owner for
// the choice of the backup to restore and the kits to use.
#include <gtest/gtest.h>

#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/report_format.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::reports {
namespace {

using testing::drc;
using testing::inventory_xml;
using testing::server;
using testing::site;

/// The Q195908 site: A, the bridgehead on 4.0 SP4 with `backups`, upgraded in W (starting
/// 1999-01-02T12:00:00Z) beside B on 5.5.
std::string organization(const std::string& backups) {
    return inventory_xml(
        site("R", server("A", "4.0", 4, 10, backups) + server("B", "5.5")) +
            site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D"),
        "<media><kit version=\"4.0\" service-pack=\"4\" authrest=\"true\" location=\"KITS40\"/>"
        "</media><rollout target-version=\"5.5\"><wave name=\"W\" start=\"1999-01-02T12:00:00Z\">"
        "<upgrade server=\"A\"/></wave></rollout>");
}

struct Rendered {
    std::string json;
    std::string html;
};

Rendered render(const testing::Analysed& analysed) {
    ReportContext context;
    context.tool_version = "0.1.0";
    const ReportInput input{analysed.inventory, analysed, context};
    return {render_to_string(render_json, input).content, render_to_string(render_html, input).content};
}

TEST(Runbook, RestoresTheBackupThePrerequisiteChoseNotTheNewest) {
    // An offline verified backup ten hours before the wave, and a newer online unverified one
    // taken four days after it starts: the recovery restores the first.
    const testing::Analysed analysed(organization(
        "<backup taken=\"1999-01-02T02:00:00Z\" verified=\"true\" location=\"TAPE7\"/>"
        "<backup taken=\"1999-01-06T12:00:00Z\" type=\"online\" location=\"DISK9\"/>"));
    const Rendered report = render(analysed);
    EXPECT_NE(report.json.find("The offline, verified 4.0 SP4 backup taken 1999-01-02T02:00:00Z "
                               "(TAPE7), 10 hours before the start of W"),
              std::string::npos);
    EXPECT_NE(report.html.find("from the backup taken <strong>1999-01-02T02:00:00Z</strong> "
                               "(offline, verified), stored at <code>TAPE7</code>"),
              std::string::npos);
    EXPECT_EQ(report.html.find("from the backup taken <strong>1999-01-06T12:00:00Z"), std::string::npos);
    EXPECT_EQ(report.html.find("DISK9"), std::string::npos);
}

TEST(Runbook, NamesTheKitsTheRulesChose) {
    const testing::Analysed analysed(
        organization("<backup taken=\"1999-01-02T02:00:00Z\" verified=\"true\"/>"));
    const Rendered report = render(analysed);
    EXPECT_NE(report.json.find("The 4.0 SP4 kit at KITS40 carries Authrest.exe."), std::string::npos);
    EXPECT_NE(report.json.find("The 4.0 SP4 kit at KITS40 can reinstall A"), std::string::npos);
    EXPECT_NE(report.html.find("from the kit at <code>KITS40</code>"), std::string::npos);
    EXPECT_NE(report.html.find("from the 4.0 SP4 kit at <code>KITS40</code>"), std::string::npos);
}

TEST(Runbook, SaysWhyABackupOfItsLevelDoesNotQualify) {
    const testing::Analysed analysed(
        organization("<backup taken=\"1998-12-30T12:00:00Z\" verified=\"true\"/>"));
    const Rendered report = render(analysed);
    EXPECT_NE(report.html.find("from the backup taken <strong>1998-12-30T12:00:00Z</strong> (offline, "
                               "verified) (where it is stored is not in the inventory: write it "
                               "here: ________________). <strong>Not usable as it stands: The "
                               "newest 4.0 SP4 backup of A was taken 1998-12-30T12:00:00Z, 72 hours "
                               "before the start of W"),
              std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
