// Names and references: case-insensitive lookup, first spelling, duplicates, connector ends.
#include <gtest/gtest.h>

#include "inventory/name_index.h"
#include "load_test_support.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;
using testing::load;

TEST(LoaderReferences, NamesIgnoreCaseAndKeepTheirFirstSpelling) {
    const LoadResult result = load(R"(<inventory format="1">
  <organization name="Org">
    <site name="Redmond"><server name="SERVERA" version="4.0"/></site>
    <site name="Paris"><server name="ServerD" version="4.0"/></site>
    <messaging-connector name="M" type="x400">
      <endpoint site="REDMOND" server="servera"/>
      <endpoint site="paris" server="SERVERD"/>
    </messaging-connector>
    <directory-replication-connector name="D">
      <bridgehead site="redmond" server="serverA"/>
      <bridgehead site="PARIS" server="serverd"/>
    </directory-replication-connector>
  </organization>
</inventory>)");
    ASSERT_TRUE(result.inventory) << (result.diagnostics.empty() ? "" : format_diagnostic(result.diagnostics[0]));
    const Inventory& inventory = *result.inventory;
    const DirectoryReplicationConnector& drc = inventory.replication_connectors.at(0);
    EXPECT_EQ(inventory.sites[drc.bridgeheads[0].site].name, "Redmond");
    EXPECT_EQ(inventory.servers[drc.bridgeheads[0].server].name, "SERVERA");
    EXPECT_EQ(inventory.servers[drc.bridgeheads[1].server].name, "ServerD");
    EXPECT_EQ(inventory.messaging_connectors.at(0).endpoints[1].server, drc.bridgeheads[1].server);
    EXPECT_EQ(drc.bridgeheads[1].source.line, 11U);
    EXPECT_EQ(drc.bridgeheads[1].source.column, 7U);
}

TEST(LoaderReferences, DuplicateNamesPointAtTheFirstDeclaration) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Oslo"><server name="SERVER9" version="4.0"/></site>
    <site name="OSLO"><server name="server9" version="5.5"/></site>
  </organization>
</inventory>)"),
              (Lines{"inv.xml:4:11: error: duplicate site name 'OSLO' (site names ignore case; 'Oslo' was first declared at 3:5)",
                     "inv.xml:4:31: error: duplicate server name 'server9' (server names ignore case and are unique in the organization; 'SERVER9' was first declared at 3:23)"}));
}

TEST(LoaderReferences, UnknownNamesSuggestTheNearestDeclaredOne) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="SERVER9" version="4.0"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
    <directory-replication-connector name="D">
      <bridgehead site="Alpha" server="SERVR9"/>
      <bridgehead site="Betta" server="B1"/>
    </directory-replication-connector>
  </organization>
  <rollout target-version="5.5">
    <wave name="W1"><upgrade server="ZZTOP"/></wave>
  </rollout>
</inventory>)"),
              (Lines{"inv.xml:6:32: error: unknown server 'SERVR9' (did you mean 'SERVER9'?)",
                     "inv.xml:7:19: error: unknown site 'Betta' (did you mean 'Beta'?)",
                     "inv.xml:11:30: error: unknown server 'ZZTOP'"}));
}

TEST(LoaderReferences, OnlyTheFirstTwentyUnknownNamesGetASuggestion) {
    // Each suggestion compares the name with every server: a rollout of 100,000 misspelt
    // names against 100,000 servers would take hours to be told so.
    std::string upgrades;
    for (int i = 1; i <= 21; ++i) upgrades += "<upgrade server=\"SERVR\"/>\n";
    const Lines lines = diagnostics_of("<inventory format=\"1\">\n<organization name=\"Org\">"
                                       "<site name=\"A\"><server name=\"SERVER\" version=\"4.0\"/>"
                                       "</site></organization>\n<rollout target-version=\"5.5\">"
                                       "<wave name=\"W1\">\n" + upgrades + "</wave></rollout></inventory>");
    ASSERT_EQ(lines.size(), 21u);
    EXPECT_EQ(lines[19], "inv.xml:23:10: error: unknown server 'SERVR' (did you mean 'SERVER'?)");
    EXPECT_EQ(lines[20], "inv.xml:24:10: error: unknown server 'SERVR'");
}

TEST(LoaderReferences, ConnectorEndsMustBeInTheirSite) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
    <messaging-connector name="M" type="x400">
      <endpoint site="Alpha" server="A1"/>
      <endpoint site="Beta" server="A1"/>
    </messaging-connector>
    <directory-replication-connector name="D">
      <bridgehead site="Alpha" server="B1"/>
      <bridgehead site="Beta" server="B1"/>
    </directory-replication-connector>
  </organization>
</inventory>)"),
              (Lines{"inv.xml:7:7: error: server 'A1' is in site 'Alpha', not in site 'Beta'",
                     "inv.xml:10:7: error: server 'B1' is in site 'Beta', not in site 'Alpha'"}));
}

TEST(LoaderReferences, AConnectorWithOneUnknownEndStillHasItsOtherEndChecked) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="S1"><server name="A" version="4.0"/></site>
    <site name="S2"><server name="B" version="4.0"/></site>
    <messaging-connector name="M" type="x400"><endpoint site="S1" server="B"/><endpoint site="S3" server="A"/></messaging-connector>
    <directory-replication-connector name="D"><bridgehead site="S1" server="B"/><bridgehead site="S3" server="A"/></directory-replication-connector>
  </organization>
</inventory>)"),
              (Lines{"inv.xml:5:47: error: server 'B' is in site 'S2', not in site 'S1'",
                     "inv.xml:5:89: error: unknown site 'S3' (did you mean 'S1'?)",
                     "inv.xml:6:47: error: server 'B' is in site 'S2', not in site 'S1'",
                     "inv.xml:6:93: error: unknown site 'S3' (did you mean 'S1'?)"}));
}

TEST(LoaderReferences, OnlySiteConnectorsMayLeaveOutTheServer) {
    const std::string xml = R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
    <messaging-connector name="LAN" type="site">
      <endpoint site="Alpha"/>
      <endpoint site="Beta"/>
    </messaging-connector>
    <messaging-connector name="Dial-up" type="dynamic-ras">
      <endpoint site="Alpha" server="A1"/>
      <endpoint site="Beta"/>
    </messaging-connector>
  </organization>
</inventory>)";
    EXPECT_EQ(diagnostics_of(xml),
              Lines{"inv.xml:11:7: error: this endpoint of dynamic-ras connector 'Dial-up' names no server; only site connectors may leave out the 'server' attribute"});
}

TEST(LoaderReferences, ReplicationConnectorsJoinTwoSitesOnce) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/><server name="A2" version="4.0"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
    <directory-replication-connector name="First">
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Beta" server="B1"/>
    </directory-replication-connector>
    <directory-replication-connector name="Second">
      <bridgehead site="Beta" server="B1"/>
      <bridgehead site="Alpha" server="A2"/>
    </directory-replication-connector>
    <directory-replication-connector name="Loop">
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Alpha" server="A2"/>
    </directory-replication-connector>
  </organization>
</inventory>)"),
              (Lines{"inv.xml:9:5: error: directory replication connector 'Second' is a second connector between sites 'Beta' and 'Alpha' (the first is 'First' at 5:5); Exchange allows only one (Q247032)",
                     "inv.xml:13:5: error: directory replication connector 'Loop' joins site 'Alpha' to itself; it must link two different sites"}));
}

TEST(LoaderReferences, RepeatedConnectorNamesAreOnlyAWarning) {
    const LoadResult result = load(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
    <messaging-connector name="Link" type="site"><endpoint site="Alpha"/><endpoint site="Beta"/></messaging-connector>
    <messaging-connector name="link" type="x400"><endpoint site="Alpha" server="A1"/><endpoint site="Beta" server="B1"/></messaging-connector>
  </organization>
</inventory>)");
    ASSERT_TRUE(result.inventory);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(format_diagnostic(result.diagnostics[0]),
              "inv.xml:6:5: warning: a second messaging connector named 'link' (the first is at 5:5); the report will not be able to tell them apart");
}

// The index the lookups above go through, with more names than its first table holds.
TEST(NameIndex, FindsEveryNameWhateverItsCaseAcrossGrowth) {
    NameIndex index;
    for (std::size_t i = 0; i < 1000; ++i) {
        const SourceLocation where{1, static_cast<std::uint32_t>(i + 1)};
        EXPECT_FALSE(index.declare("Server" + std::to_string(i), i, where));
    }
    for (std::size_t i = 0; i < 1000; ++i) {
        const auto found = index.find("SERVER" + std::to_string(i));
        ASSERT_TRUE(found) << i;
        EXPECT_EQ(found->id, i);
        EXPECT_EQ(found->spelling, "Server" + std::to_string(i));
        EXPECT_EQ(found->declared.column, i + 1);
    }
    EXPECT_FALSE(index.find("Server1000"));
    EXPECT_FALSE(index.find("Server1 "));
    EXPECT_EQ(index.spellings().size(), 1000U);
    EXPECT_EQ(index.spellings()[999], "Server999");
}

TEST(NameIndex, ASecondDeclarationReturnsTheFirst) {
    NameIndex index;
    EXPECT_FALSE(index.declare("Paris", 7, {3, 5}));
    const auto first = index.declare("PARIS", 8, {9, 5});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->id, 7U);
    EXPECT_EQ(first->spelling, "Paris");
    EXPECT_EQ(first->declared.line, 3U);
    EXPECT_EQ(index.spellings(), (Lines{"Paris"}));
    EXPECT_EQ(index.find("paris")->id, 7U);
    EXPECT_EQ(fold_name("Paris-1x"), "PARIS-1X");
}

}  // namespace
}  // namespace upgrade_risk::inventory
