// The recovery prerequisites of a critical exposure, their own findings, and the verdict.
#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::findings_of;
using testing::inventory_xml;
using testing::load;
using testing::server;
using testing::site;

const std::string kGoodKit =
    "<media><kit version=\"4.0\" service-pack=\"4\" authrest=\"true\" location=\"K\"/></media>";
const std::string kWave = "<rollout target-version=\"5.5\"><wave name=\"W\" "
                          "start=\"1999-01-02T12:00:00Z\"><upgrade server=\"A\"/></wave></rollout>";

/// The Q195908 site with A as the exposed bridgehead, holding the given backups.
testing::Analysed run(const std::string& backups, const std::string& media = kGoodKit,
                   const std::string& rollout = kWave, std::int64_t max_age_hours = 24) {
    const std::string organization =
        site("R", server("A", "4.0", 4, 10, backups) + server("B", "5.5")) +
        site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D");
    return testing::Analysed(inventory_xml(organization, media + rollout),
                             AnalysisOptions{max_age_hours * 3600});
}

testing::ShownPrerequisite prerequisite(const AnalysisResult& result, std::string_view id) {
    const auto critical = findings_of(result, "backout-breaks-intersite-replication");
    if (critical.size() != 1) throw std::runtime_error("expected one critical finding");
    for (const auto& p : critical[0].prerequisites) {
        if (p.id == id) return p;
    }
    throw std::runtime_error("no such prerequisite");
}

/// Whether A's directory backup prerequisite holds with these backups.
bool backup_satisfied(const std::string& backups, std::int64_t max_age_hours = 24) {
    const auto result = run(backups, kGoodKit, kWave, max_age_hours);
    return prerequisite(result, "prereq-directory-backup").satisfied;
}

TEST(Prerequisites, AMissingPrerequisiteOfAnInferredExposureIsInferredToo) {
    const std::string to_5_0 = "<rollout target-version=\"5.0\" target-service-pack=\"2\"><wave "
                               "name=\"W\" start=\"1999-01-02T12:00:00Z\"><upgrade server=\"A\"/>"
                               "</wave></rollout>";
    const auto inferred = run("", kGoodKit, to_5_0);
    const auto backup = findings_of(inferred, "prereq-directory-backup");
    ASSERT_EQ(backup.size(), 1u);
    EXPECT_EQ(backup[0].confidence, Confidence::inferred);
    const auto documented_result = run("");
    const auto documented = findings_of(documented_result, "prereq-directory-backup");
    ASSERT_EQ(documented.size(), 1u);
    EXPECT_EQ(documented[0].confidence, Confidence::documented);
}

TEST(Prerequisites, WithoutARolloutTheTitleSpeaksOfTheUpgradeTo55) {
    const auto result = run("", kGoodKit, "");
    const auto backup = findings_of(result, "prereq-directory-backup");
    ASSERT_EQ(backup.size(), 1u);
    EXPECT_EQ(backup[0].title,
              "No usable directory backup of A for recovering from a failed upgrade to 5.5.");
}

TEST(Prerequisites, AllSatisfiedGivesGoWithConditions) {
    const auto result = run("<backup taken=\"1999-01-02T06:00:00Z\" verified=\"true\"/>");
    EXPECT_TRUE(prerequisite(result, "prereq-directory-backup").satisfied);
    EXPECT_TRUE(prerequisite(result, "prereq-authrest-kit").satisfied);
    EXPECT_TRUE(prerequisite(result, "prereq-install-kit").satisfied);
    EXPECT_EQ(result.verdict, Verdict::go_with_conditions);
    EXPECT_TRUE(findings_of(result, "prereq-directory-backup").empty());
}

TEST(Prerequisites, BackupTooOldIsMissingAndGivesNoGo) {
    const auto result = run("<backup taken=\"1999-01-01T06:00:00Z\" verified=\"true\"/>");
    const auto backup = prerequisite(result, "prereq-directory-backup");
    EXPECT_FALSE(backup.satisfied);
    EXPECT_EQ(backup.reason,
              "The newest 4.0 SP4 backup of A was taken 1999-01-01T06:00:00Z, 30 hours before the "
              "start of W (1999-01-02T12:00:00Z); it must be at most 24 hours old "
              "(--max-backup-age).");
    EXPECT_EQ(result.verdict, Verdict::no_go);
    const auto own = findings_of(result, "prereq-directory-backup");
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].severity, Severity::high);
    EXPECT_EQ(own[0].kb, (std::vector<std::string_view>{"Q195908", "Q183266"}));
    // A longer --max-backup-age accepts it.
    EXPECT_TRUE(backup_satisfied("<backup taken=\"1999-01-01T06:00:00Z\"/>", 36));
}

TEST(Prerequisites, BackupOfAnotherServicePackOrAfterTheStartDoesNotQualify) {
    EXPECT_FALSE(backup_satisfied("<backup taken=\"1999-01-02T06:00:00Z\" service-pack=\"3\"/>"));
    EXPECT_FALSE(backup_satisfied("<backup taken=\"1999-01-02T13:00:00Z\"/>"));
    EXPECT_FALSE(backup_satisfied(""));
}

TEST(Prerequisites, OnlineAndUnverifiedBackupsQualifyWithACaveat) {
    const auto result = run("<backup taken=\"1999-01-02T06:00:00Z\" type=\"online\"/>");
    const auto backup = prerequisite(result, "prereq-directory-backup");
    EXPECT_TRUE(backup.satisfied);
    EXPECT_NE(backup.reason.find("It is online"), std::string::npos);
    EXPECT_NE(backup.reason.find("not verified"), std::string::npos);
}

TEST(Prerequisites, PrefersTheOfflineVerifiedBackup) {
    const auto result =
        run("<backup taken=\"1999-01-02T10:00:00Z\" type=\"online\"/>"
            "<backup taken=\"1999-01-02T02:00:00Z\" verified=\"true\" location=\"TAPE7\"/>");
    const auto backup = prerequisite(result, "prereq-directory-backup");
    EXPECT_NE(backup.reason.find("TAPE7"), std::string::npos);
}

TEST(Prerequisites, KitsMustMatchExactlyAndCarryAuthrest) {
    const std::string backup = "<backup taken=\"1999-01-02T06:00:00Z\"/>";
    const auto result =
        run(backup, "<media><kit version=\"4.0\" service-pack=\"3\"/><kit version=\"5.5\"/></media>");
    EXPECT_FALSE(prerequisite(result, "prereq-install-kit").satisfied);
    EXPECT_FALSE(prerequisite(result, "prereq-authrest-kit").satisfied);
    EXPECT_EQ(findings_of(result, "prereq-install-kit").size(), 1u);
    EXPECT_EQ(findings_of(result, "prereq-authrest-kit").size(), 1u);
    EXPECT_EQ(findings_of(result, "prereq-authrest-kit")[0].kb,
              (std::vector<std::string_view>{"Q195908", "Q201414"}));
    EXPECT_EQ(result.verdict, Verdict::no_go);
    EXPECT_EQ(result.verdict_reason,
              "A (W) would stop intersite directory replication if its upgrade failed and was "
              "backed out, and the recovery lacks an Authrest.exe kit and an install kit.");
}

TEST(Prerequisites, WithoutWaveStartTheCapturedTimeIsTheDeadline) {
    const auto result = run("<backup taken=\"1999-01-01T06:00:00Z\"/>", kGoodKit, "");
    const auto backup = prerequisite(result, "prereq-directory-backup");
    EXPECT_TRUE(backup.satisfied);
    EXPECT_NE(backup.reason.find("captured time"), std::string::npos);
}

TEST(Prerequisites, WithoutAnyDateTheBackupCannotQualifyAndTheReasonSaysWhy) {
    std::string xml = inventory_xml(
        site("R", server("A", "4.0", 4, 10, "<backup taken=\"1999-01-01T06:00:00Z\"/>") +
                      server("B", "5.5")) +
            site("P", server("D", "5.5")) + drc("R-P", "R", "A", "P", "D"),
        kGoodKit);
    const std::string captured = " captured=\"1999-01-01T12:00:00Z\"";
    xml.erase(xml.find(captured), captured.size());
    const testing::Analysed result(xml);
    const auto backup = prerequisite(result, "prereq-directory-backup");
    EXPECT_FALSE(backup.satisfied);
    EXPECT_EQ(backup.reason,
              "A's offline, unverified 4.0 SP4 backup taken 1999-01-01T06:00:00Z cannot be checked "
              "for age: the inventory has no captured time (and no rollout with wave start "
              "times).");
    EXPECT_EQ(result.verdict, Verdict::no_go);
}

TEST(Verdict, GoWhenNothingCriticalOrHigh) {
    const testing::Analysed result(inventory_xml(site("R", server("A", "5.5") + server("C", "4.0"))));
    EXPECT_EQ(result.verdict, Verdict::go);
    EXPECT_EQ(result.counts_by_severity[static_cast<int>(Severity::low)], 1u);
}

}  // namespace
}  // namespace upgrade_risk::analyzer
