// The rollout: upgrade targets and their defaults, and the rollout's warnings.
#include <gtest/gtest.h>

#include "load_test_support.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;
using testing::load;
using testing::two_sites;

TEST(LoaderRollout, UpgradeTargetsDefaultToTheRollouts) {
    const LoadResult result = load(two_sites(R"(  <rollout target-version="5.5" target-service-pack="2">
    <wave name="W1" start="1999-04-21T20:00:00Z">
      <upgrade server="a1"/>
      <upgrade server="B1" to-service-pack="3"/>
    </wave>
  </rollout>
)"));
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(result.diagnostics.empty());
    const Rollout& rollout = *result.inventory->rollout;
    EXPECT_EQ(rollout.target, (ProductLevel{Version::v5_5, 2}));
    EXPECT_EQ(rollout.waves.at(0).upgrades.at(0).to, (ProductLevel{Version::v5_5, 2}));
    EXPECT_EQ(rollout.waves.at(0).upgrades.at(1).to, (ProductLevel{Version::v5_5, 3}));
    EXPECT_EQ(rollout.waves.at(0).start->text, "1999-04-21T20:00:00Z");
}

// The inventory contract: to-service-pack defaults to the rollout's target, on its own.
TEST(LoaderRollout, AnUpgradeVersionWithoutServicePackTakesTheTargets) {
    const LoadResult result = load(two_sites(R"(  <rollout target-version="5.5" target-service-pack="2">
    <wave name="W1"><upgrade server="A1" to-version="5.0"/><upgrade server="B1" to-version="5.5"/></wave>
  </rollout>
)"));
    ASSERT_TRUE(result.inventory);
    const Wave& wave = result.inventory->rollout->waves.at(0);
    EXPECT_EQ(wave.upgrades.at(0).to, (ProductLevel{Version::v5_0, 2}));
    EXPECT_EQ(wave.upgrades.at(1).to, (ProductLevel{Version::v5_5, 2}));
}

TEST(LoaderRollout, ATargetServicePackTheUpgradeVersionLacksMustBeWritten) {
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="5.5" target-service-pack="3">
    <wave name="W1"><upgrade server="A1" to-version="5.0"/></wave>
  </rollout>
)")),
              Lines{"inv.xml:16:42: error: Exchange 5.0 has no service pack 3, which a missing "
                    "'to-service-pack' means here (the rollout's target, 5.5 SP3); write "
                    "to-service-pack=\"N\" for the service pack you mean"});
}

TEST(LoaderRollout, UpgradeMustGoToANewerLevel) {
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="5.5">
    <wave name="W1"><upgrade server="A2"/><upgrade server="A1" to-version="4.0" to-service-pack="3"/></wave>
  </rollout>
)")),
              (Lines{"inv.xml:16:21: error: upgrade of 'A2' to 5.5 is not an upgrade: the server already runs 5.5 SP2",
                     "inv.xml:16:43: error: upgrade of 'A1' to 4.0 SP3 is not an upgrade: the server already runs 4.0 SP4"}));
}

TEST(LoaderRollout, EachServerIsPlannedOnce) {
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="5.5">
    <wave name="W1"><upgrade server="A1"/></wave>
    <wave name="W2"><upgrade server="a1"/></wave>
  </rollout>
)")),
              Lines{"inv.xml:17:21: error: server 'A1' is already planned in wave 'W1' at 16:21; plan each server once"});
}

TEST(LoaderRollout, AServerPlannedAgainWithAnUnreadableVersionIsStillADuplicate) {
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="5.5">
    <wave name="W1"><upgrade server="A1"/></wave>
    <wave name="W2"><upgrade server="A1" to-version="6.0"/></wave>
  </rollout>
)")),
              (Lines{"inv.xml:17:21: error: server 'A1' is already planned in wave 'W1' at 16:21; plan each server once",
                     "inv.xml:17:42: error: unknown Exchange version '6.0' (choose 4.0, 5.0 or 5.5)"}));
}

TEST(LoaderRollout, AFirstPlanWithAnUnreadableVersionStillCountsAsThePlan) {
    // The second plan is the duplicate, so it is not judged either (A2 already runs 5.5 SP2).
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="5.5">
    <wave name="W1"><upgrade server="A2" to-service-pack="9"/><upgrade server="a2" to-version="5.0"/></wave>
    <wave name="W2"><upgrade server="A2"/></wave>
  </rollout>
)")),
              (Lines{"inv.xml:16:42: error: Exchange 5.5 has no service pack 9 (the last one is SP4)",
                     "inv.xml:16:63: error: server 'A2' is already planned in wave 'W1' at 16:21; plan each server once",
                     "inv.xml:17:21: error: server 'A2' is already planned in wave 'W1' at 16:21; plan each server once"}));
}

TEST(LoaderRollout, AServerPlannedTwiceOnAnUnreadableRolloutTargetIsADuplicateAndNotJudged) {
    EXPECT_EQ(diagnostics_of(two_sites(R"(  <rollout target-version="6.0">
    <wave name="W1"><upgrade server="A2"/></wave>
    <wave name="W2"><upgrade server="A2"/></wave>
  </rollout>
)")),
              (Lines{"inv.xml:15:12: error: unknown Exchange version '6.0' (choose 4.0, 5.0 or 5.5)",
                     "inv.xml:17:21: error: server 'A2' is already planned in wave 'W1' at 16:21; plan each server once"}));
}

TEST(LoaderRollout, WarnsAboutDatesOutOfOrderAndMissingBackups) {
    const LoadResult result = load(R"(<inventory format="1" captured="1999-04-20T09:00:00Z">
  <organization name="Org">
    <site name="Alpha">
      <server name="A1" version="4.0"><backup taken="1999-04-22T00:00:00Z"/></server>
      <server name="A2" version="4.0"/>
    </site>
  </organization>
  <rollout target-version="5.5">
    <wave name="W1" start="1999-05-02T00:00:00Z"><upgrade server="A1"/></wave>
    <wave name="W2" start="1999-05-01T00:00:00Z"><upgrade server="A2"/></wave>
  </rollout>
</inventory>)");
    ASSERT_TRUE(result.inventory) << "warnings must not block loading";
    EXPECT_EQ(testing::formatted(result),
              (Lines{"inv.xml:4:39: warning: backup of 'A1' is dated 1999-04-22T00:00:00Z, after the inventory was captured (1999-04-20T09:00:00Z); check the date",
                     "inv.xml:10:5: warning: wave 'W2' starts (1999-05-01T00:00:00Z) before the earlier wave 'W1' (1999-05-02T00:00:00Z), but waves run in document order",
                     "inv.xml:10:50: warning: server 'A2' is upgraded in wave 'W2' but no backup of it is listed; a backout needs its directory backup (Q195908)"}));
}

TEST(LoaderRollout, ReportsEveryErrorOfTheFileSortedByPosition) {
    const auto lines = diagnostics_of(R"(<inventory format="1" captured="noon">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0" service-pack="9"/></site>
    <site name="alpha"><server name="A1" version="4.0"/></site>
  </organization>
  <media><kit version="5.5" authrest="yes"/></media>
  <rollout target-version="6.0">
    <wave name="W1"><upgrade server="A9"/></wave>
  </rollout>
</inventory>)");
    EXPECT_EQ(lines,
              (Lines{"inv.xml:1:23: error: 'captured' value 'noon' is not a valid ISO 8601 date-time (write it like 1999-04-20T22:00:00Z or 1999-04-20T23:00:00+01:00)",
                     "inv.xml:3:56: error: Exchange 4.0 has no service pack 9 (the last one is SP5)",
                     "inv.xml:4:11: error: duplicate site name 'alpha' (site names ignore case; 'Alpha' was first declared at 3:5)",
                     "inv.xml:4:32: error: duplicate server name 'A1' (server names ignore case and are unique in the organization; 'A1' was first declared at 3:24)",
                     "inv.xml:6:29: error: 'authrest' must be true or false, not 'yes'",
                     "inv.xml:7:12: error: unknown Exchange version '6.0' (choose 4.0, 5.0 or 5.5)",
                     "inv.xml:8:30: error: unknown server 'A9' (did you mean 'A1'?)"}));
}

TEST(LoaderRollout, ManyPlannedServersWithoutBackupsAreCountedAfterTheFirstTen) {
    std::string servers;
    std::string upgrades;
    for (int i = 1; i <= 1013; ++i) {
        servers += "<server name=\"S" + std::to_string(i) + "\" version=\"4.0\"/>";
        upgrades += "<upgrade server=\"S" + std::to_string(i) + "\"/>";
    }
    const auto lines = diagnostics_of("<inventory format=\"1\">\n<organization name=\"Org\"><site name=\"X\">" +
                                      servers + "</site></organization>\n<rollout target-version=\"5.5\">"
                                      "<wave name=\"W\">" + upgrades + "</wave></rollout></inventory>");
    ASSERT_EQ(lines.size(), 11u);
    EXPECT_TRUE(lines.back().starts_with("inv.xml:3:267: "));
    EXPECT_TRUE(lines.back().ends_with(
        ": warning: server 'S11' and 1,002 more planned servers have no backup listed either (only "
        "the first 10 are named); `upgrade-risk analyze` says which of them need one"))
        << lines.back();
}

TEST(LoaderRollout, ManyBackupsDatedAfterTheCaptureAreCountedAfterTheFirstTen) {
    std::string servers;
    for (int i = 1; i <= 1013; ++i) {
        servers += "<server name=\"S" + std::to_string(i) +
                   "\" version=\"4.0\"><backup taken=\"1999-04-22T00:00:00Z\"/></server>\n";
    }
    const auto lines = diagnostics_of(
        "<inventory format=\"1\" captured=\"1999-04-20T09:00:00Z\">\n<organization name=\"Org\">"
        "<site name=\"X\">\n" + servers + "</site></organization></inventory>");
    ASSERT_EQ(lines.size(), 11u);
    EXPECT_EQ(lines[9], "inv.xml:12:34: warning: backup of 'S10' is dated 1999-04-22T00:00:00Z, after "
                        "the inventory was captured (1999-04-20T09:00:00Z); check the date");
    EXPECT_EQ(lines.back(),
              "inv.xml:13:34: warning: backup of 'S11' and 1,002 more backups are dated after the "
              "inventory was captured (1999-04-20T09:00:00Z) too (only the first 10 are named); "
              "check the dates, or the clock of the machine that wrote the inventory");
}

}  // namespace
}  // namespace upgrade_risk::inventory
