// The loader's value checks: format, numbers, booleans, dates, versions, service packs, builds.
#include <gtest/gtest.h>

#include "load_test_support.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;
using testing::load;

/// An inventory whose only server is `server_attributes` (line 3, starting at column 42).
std::string one_server(const std::string& server_attributes, const std::string& children = "") {
    return "<inventory format=\"1\" captured=\"1999-04-20T09:00:00Z\">\n"
           "  <organization name=\"Org\">\n"
           "    <site name=\"Alpha\"><server name=\"A1\" " + server_attributes + ">" + children +
           "</server></site>\n  </organization>\n</inventory>\n";
}

TEST(LoaderValues, FormatMustBeOne) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="2">
  <organization name="Org"><site name="S"><server name="S1" version="5.5"/></site></organization>
</inventory>)"),
              Lines{"inv.xml:1:12: error: unsupported inventory format '2': this version of upgrade-risk reads format 1 (write format=\"1\")"});
}

TEST(LoaderValues, NumbersAreDigitsOnlyAndFit) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" mailboxes=\"-3\"")),
              Lines{"inv.xml:3:56: error: 'mailboxes' must be a whole number of 0 or more (digits only), not '-3'"});
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" mailboxes=\"12abc\"")).size(), 1U);
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" mailboxes=\" 12\"")).size(), 1U);
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" mailboxes=\"99999999999999999999\"")),
              Lines{"inv.xml:3:56: error: 'mailboxes' value 99999999999999999999 is too large (at most 18,446,744,073,709,551,615)"});
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" service-pack=\"4294967300\"")),
              Lines{"inv.xml:3:56: error: 'service-pack' value 4294967300 is too large (at most 2,147,483,647)"});
    const LoadResult result = load(one_server("version=\"4.0\" mailboxes=\"18446744073709551615\""));
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->servers.at(0).mailboxes, 18446744073709551615ULL);
}

TEST(LoaderValues, BooleansAreExactlyTrueOrFalse) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\"", "<backup taken=\"1999-04-19\" verified=\"1\"/>")),
              Lines{"inv.xml:3:83: error: 'verified' must be true or false, not '1'"});
    const LoadResult result =
        load(one_server("version=\"4.0\"", "<backup taken=\"1999-04-19\" verified=\"true\"/>"));
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(result.inventory->servers.at(0).backups.at(0).verified);
}

TEST(LoaderValues, DatesAreIso8601) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\"", "<backup taken=\"19/04/1999\"/>")),
              Lines{"inv.xml:3:64: error: 'taken' value '19/04/1999' is not a valid ISO 8601 date-time (write it like 1999-04-20T22:00:00Z or 1999-04-20T23:00:00+01:00)"});
}

TEST(LoaderValues, VersionsAndBackupTypesNameTheChoices) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"5.1\"")),
              Lines{"inv.xml:3:42: error: unknown Exchange version '5.1' (choose 4.0, 5.0 or 5.5)"});
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\"", "<backup taken=\"1999-04-19\" type=\"ofline\"/>")),
              Lines{"inv.xml:3:83: error: unknown backup type 'ofline' (did you mean 'offline'?)"});
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\"", "<backup taken=\"1999-04-19\" type=\"tape\"/>")),
              Lines{"inv.xml:3:83: error: unknown backup type 'tape' (choose offline or online)"});
}

TEST(LoaderValues, ServicePacksFollowTheBuildTable) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"5.0\" service-pack=\"3\"")),
              Lines{"inv.xml:3:56: error: Exchange 5.0 has no service pack 3 (the last one is SP2)"});
    EXPECT_TRUE(diagnostics_of(one_server("version=\"4.0\" service-pack=\"5\"")).empty());
}

TEST(LoaderValues, BuildMustAgreeWithVersionAndServicePack) {
    EXPECT_EQ(diagnostics_of(one_server("version=\"5.5\" service-pack=\"1\" build=\"995\"")),
              Lines{"inv.xml:3:73: error: build 995 does not match Exchange 5.5 SP1, which is build 2232; build 995 is Exchange 4.0 SP4 (Q158530, Q166349)"});
    EXPECT_EQ(diagnostics_of(one_server("version=\"4.0\" build=\"1234\"")),
              Lines{"inv.xml:3:56: error: build 1234 does not match Exchange 4.0, which is build 837 (Q158530, Q166349)"});
    const LoadResult result = load(one_server("version=\"4.0\" service-pack=\"2\" build=\"993\""));
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->servers.at(0).build, 993);
}

TEST(LoaderValues, BackupLevelDefaultsToTheServers) {
    const LoadResult result = load(one_server(
        "version=\"4.0\" service-pack=\"4\"",
        "<backup taken=\"1999-04-19\"/><backup taken=\"1999-04-18\" version=\"5.5\"/>"
        "<backup taken=\"1999-04-17\" service-pack=\"3\"/>"));
    ASSERT_TRUE(result.inventory);
    const auto& backups = result.inventory->servers.at(0).backups;
    EXPECT_EQ(backups.at(0).level, (ProductLevel{Version::v4_0, 4}));
    EXPECT_EQ(backups.at(0).type, BackupType::offline);
    EXPECT_FALSE(backups.at(0).verified);
    EXPECT_EQ(backups.at(1).level, (ProductLevel{Version::v5_5, 4}));  // the server's SP4
    EXPECT_EQ(backups.at(2).level, (ProductLevel{Version::v4_0, 3}));
}

TEST(LoaderValues, ABackupVersionWithoutTheServersServicePackNeedsOne) {
    const auto lines = diagnostics_of(one_server(
        "version=\"4.0\" service-pack=\"5\"", "<backup taken=\"1999-04-19\" version=\"5.0\"/>"));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("error: Exchange 5.0 has no service pack 5, which a missing 'service-pack' "
                            "means here (the server's current level, 4.0 SP5)"),
              std::string::npos)
        << lines[0];
}

TEST(LoaderValues, NamesMayNotHoldALineBreak) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Al&#10;pha"><server name="A1&#13;" version="4.0"/></site>
  </organization>
</inventory>)"),
              (Lines{"inv.xml:3:11: error: 'name' value 'Al\\npha' contains a control character (a "
                     "line break or tab); a name is one line of printable text",
                     "inv.xml:3:37: error: 'name' value 'A1\\r' contains a control character (a line "
                     "break or tab); a name is one line of printable text"}));
}

TEST(LoaderValues, NamesMayNotBeBlankOrPadded) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name=" A1" version="4.0"/></site>
  </organization>
</inventory>)"),
              Lines{"inv.xml:3:32: error: 'name' value ' A1' has leading or trailing spaces"});
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
  </organization>
</inventory>)"),
              Lines{"inv.xml:2:17: error: 'name' is empty; give it a name"});
}

TEST(LoaderValues, FillsPathAndDigestOfTheBytes) {
    const LoadResult result = load_inventory_text(one_server("version=\"4.0\""), "some/dir/inv.xml");
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->path, "some/dir/inv.xml");
    EXPECT_EQ(result.inventory->sha256.size(), 64U);
    const LoadResult changed = load_inventory_text(one_server("version=\"4.0\" "), "some/dir/inv.xml");
    EXPECT_NE(changed.inventory->sha256, result.inventory->sha256);
}

TEST(LoaderValues, AReplicationScheduleIsOneOfThreeAndOptional) {
    const std::string connector =
        "<inventory format=\"1\"><organization name=\"Org\">"
        "<site name=\"A\"><server name=\"A1\" version=\"4.0\"/></site>"
        "<site name=\"B\"><server name=\"B1\" version=\"5.5\"/></site>"
        "<directory-replication-connector name=\"A-B\" SCHEDULE><bridgehead site=\"A\" server=\"A1\"/>"
        "<bridgehead site=\"B\" server=\"B1\"/></directory-replication-connector>"
        "</organization></inventory>";
    const auto with = [&](const std::string& attribute) {
        std::string text = connector;
        text.replace(text.find("SCHEDULE"), 8, attribute);
        return text;
    };
    EXPECT_EQ(diagnostics_of(with("schedule=\"nevr\"")),
              Lines{"inv.xml:1:202: error: unknown replication schedule 'nevr' (did you mean 'never'?)"});
    for (const auto& [text, schedule] :
         {std::pair{"schedule=\"never\"", ReplicationSchedule::never},
          {"schedule=\"selected-times\"", ReplicationSchedule::selected_times},
          {"schedule=\"always\"", ReplicationSchedule::always},
          {"", ReplicationSchedule::unknown}}) {
        const LoadResult result = load(with(text));
        ASSERT_TRUE(result.inventory) << text;
        EXPECT_EQ(result.inventory->replication_connectors.at(0).schedule, schedule) << text;
    }
}

}  // namespace
}  // namespace upgrade_risk::inventory
