// The loader's structure checks: elements, attributes, how many of each, order, stray text.
#include <algorithm>

#include <gtest/gtest.h>

#include "inventory/line_table.h"
#include "load_test_support.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;
using testing::load;

TEST(LoaderStructure, AcceptsTheMinimalInventory) {
    const LoadResult result = load(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
  </organization>
</inventory>)");
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.inventory->organization.name, "Org");
    EXPECT_EQ(result.inventory->servers.at(0).level, (ProductLevel{Version::v4_0, 0}));
    EXPECT_FALSE(result.inventory->rollout);
    EXPECT_FALSE(result.inventory->has_media);
}

// Each site's part of the tree, and the pages of text only it used, are given back once read:
// what follows it, the next sites and the connectors, must read exactly as written, wherever in
// a page a site ends.
TEST(LoaderStructure, ReadsEverySiteWhole_AfterTheSitesBeforeItAreReleased) {
    constexpr int kSites = 60;
    std::string xml = "<inventory format=\"1\">\n  <organization name=\"Org\">\n";
    std::vector<std::size_t> lines;  // the line of each site's start tag
    std::size_t line = 3;
    // From a few bytes to about a page (the most an attribute may hold), so sites end anywhere
    // in a page.
    const auto description = [](int site) {
        return std::string(static_cast<std::size_t>(site * 211 % 4000),
                           static_cast<char>('a' + site % 26));
    };
    for (int i = 0; i < kSites; ++i) {
        lines.push_back(line);
        xml += "    <site name=\"S" + std::to_string(i) + "\" description=\"" + description(i) +
               "\">\n" + "      <server name=\"X" + std::to_string(i) +
               "\" version=\"5.5\"/>\n    </site>\n";
        line += 3;
    }
    xml += "    <directory-replication-connector name=\"First-Last\">\n"
           "      <bridgehead site=\"S0\" server=\"X0\"/>\n"
           "      <bridgehead site=\"S" + std::to_string(kSites - 1) + "\" server=\"X" + std::to_string(kSites - 1) + "\"/>\n"
           "    </directory-replication-connector>\n  </organization>\n</inventory>\n";
    const LoadResult result = load(xml);
    ASSERT_TRUE(result.inventory) << ::testing::PrintToString(testing::formatted(result));
    const Inventory& inventory = *result.inventory;
    ASSERT_EQ(inventory.sites.size(), static_cast<std::size_t>(kSites));
    for (int i = 0; i < kSites; ++i) {
        const Site& site = inventory.sites[static_cast<std::size_t>(i)];
        EXPECT_EQ(site.name, "S" + std::to_string(i));
        EXPECT_EQ(site.description, description(i));
        EXPECT_EQ(site.source.line, lines[static_cast<std::size_t>(i)]);
        ASSERT_EQ(site.servers.size(), 1u);
        EXPECT_EQ(inventory.servers[site.servers[0]].name, "X" + std::to_string(i));
        EXPECT_EQ(inventory.servers[site.servers[0]].source.line, lines[static_cast<std::size_t>(i)] + 1);
    }
    ASSERT_EQ(inventory.replication_connectors.size(), 1u);
    EXPECT_EQ(inventory.replication_connectors[0].name, "First-Last");
    EXPECT_EQ(inventory.replication_connectors[0].bridgeheads.at(1).site, static_cast<SiteId>(kSites - 1));
}

// Text between sites is an error, and the sites are still read (every error in one run): a
// released site's text then runs up to that text, not to the next site.
TEST(LoaderStructure, StrayTextBetweenLargeSitesIsReportedAndNothingElseIsLost) {
    const std::string description(4000, 'd');
    std::string xml = "<inventory format=\"1\">\n  <organization name=\"Org\">\n";
    for (int i = 0; i < 4; ++i) {
        xml += "    <site name=\"S" + std::to_string(i) + "\" description=\"" + description + "\">\n" +
               "      <server name=\"X" + std::to_string(i) + "\" version=\"5.5\"/>\n    </site>\n" +
               "    stray words " + std::to_string(i) + "\n";
    }
    xml += "    <site name=\"Last\"><server name=\"Y\" version=\"5.5\"/><server name=\"X0\" version=\"5.5\"/></site>\n"
           "  </organization>\n</inventory>\n";
    const Lines expected = {
        "inv.xml:6:5: error: unexpected text 'stray words 0' in <organization> (the inventory keeps all data in attributes)",
        "inv.xml:10:5: error: unexpected text 'stray words 1' in <organization> (the inventory keeps all data in attributes)",
        "inv.xml:14:5: error: unexpected text 'stray words 2' in <organization> (the inventory keeps all data in attributes)",
        "inv.xml:18:5: error: unexpected text 'stray words 3' in <organization> (the inventory keeps all data in attributes)",
    };
    const Lines found = diagnostics_of(xml);
    ASSERT_GE(found.size(), expected.size());
    EXPECT_EQ(Lines(found.begin(), found.begin() + 4), expected);
    // The last site was read whole: its second server repeats the first site's, which is said.
    ASSERT_EQ(found.size(), 5u) << ::testing::PrintToString(found);
    EXPECT_NE(found[4].find("inv.xml:19:"), std::string::npos) << found[4];
    EXPECT_NE(found[4].find("X0"), std::string::npos) << found[4];
}

TEST(LoaderStructure, AllocatesTheServerTableAtItsFinalSize) {
    // The structure check counts the servers on its way, so the model's one large table is
    // allocated once, for all of them (a table grown by doubling would hold 4 places for 3).
    const LoadResult result = load(testing::two_sites());
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->servers.size(), 3U);
    EXPECT_EQ(result.inventory->servers.capacity(), 3U);
}

TEST(LoaderStructure, ReportsXmlSyntaxErrorsWithTheirPosition) {
    const auto lines = diagnostics_of("<inventory format=\"1\">\n  <organization name=\"Org\">\n</inventory>");
    ASSERT_EQ(lines.size(), 1U);
    EXPECT_TRUE(lines[0].starts_with("inv.xml:3:")) << lines[0];
    EXPECT_NE(lines[0].find("error: XML syntax error"), std::string::npos) << lines[0];
}

TEST(LoaderStructure, RootMustBeInventory) {
    EXPECT_EQ(diagnostics_of("<?xml version=\"1.0\"?>\n<inventroy format=\"1\"/>"),
                Lines{"inv.xml:2:1: error: the root element must be <inventory>, not <inventroy>"});
}

TEST(LoaderStructure, NothingOutsideTheRoot) {
    const std::string inventory = R"(<inventory format="1">
  <organization name="Org"><site name="S"><server name="S1" version="4.0"/></site></organization>
</inventory>)";
    EXPECT_EQ(diagnostics_of(inventory + "\n<inventory format=\"1\"/>\n"),
              Lines{"inv.xml:4:1: error: a second top-level element <inventory>; everything must be inside the one <inventory>"});
    EXPECT_EQ(diagnostics_of(inventory + "\ntrailing words\n"),
              Lines{"inv.xml:4:1: error: text outside the root element; everything must be inside <inventory>"});
    EXPECT_EQ(diagnostics_of("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n" + inventory + "<!-- end -->\n"), Lines{});
}

TEST(LoaderStructure, UnknownAttributeNamesTheNearestOne) {
    const auto lines = diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0" servce-pack="4" colour="blue"/></site>
  </organization>
</inventory>)");
    EXPECT_EQ(lines,
                (Lines{"inv.xml:3:56: error: unknown attribute 'servce-pack' on <server> (did you mean 'service-pack'?)",
                            "inv.xml:3:72: error: unknown attribute 'colour' on <server> (it takes name, version, service-pack, build or mailboxes)"}));
}

TEST(LoaderStructure, UnknownAndMisplacedElements) {
    const auto lines = diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha">
      <servr name="A0" version="4.0"/>
      <server name="A1" version="4.0"><bakup taken="1999-01-01"/></server>
    </site>
    <kit version="4.0"/>
    <firewall/>
  </organization>
</inventory>)");
    EXPECT_EQ(lines,
                (Lines{"inv.xml:4:7: error: unknown element <servr> in <site> (did you mean <server>?)",
                            "inv.xml:5:39: error: unknown element <bakup> in <server> (did you mean <backup>?)",
                            "inv.xml:7:5: error: <kit> in <organization> is out of place: it belongs in <media>",
                            "inv.xml:8:5: error: unknown element <firewall> in <organization>"}));
}

TEST(LoaderStructure, MissingRequiredAttributes) {
    EXPECT_EQ(diagnostics_of(R"(<inventory>
  <organization name="Org">
    <site name="Alpha"><server name="A1"/></site>
  </organization>
</inventory>)"),
                (Lines{"inv.xml:1:1: error: <inventory> is missing the required attribute 'format'",
                            "inv.xml:3:24: error: <server> 'A1' is missing the required attribute 'version'"}));
}

TEST(LoaderStructure, CountsChildren) {
    const auto lines = diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
    <site name="Empty"/>
    <messaging-connector name="M" type="site">
      <endpoint site="Alpha"/>
    </messaging-connector>
    <directory-replication-connector name="D">
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Alpha" server="A1"/>
    </directory-replication-connector>
  </organization>
  <organization name="Again"><site name="S"><server name="S1" version="5.5"/></site></organization>
  <rollout target-version="5.5"/>
</inventory>)");
    EXPECT_EQ(lines,
                (Lines{"inv.xml:4:5: error: <site> 'Empty' has no <server>; at least one is needed",
                            "inv.xml:5:5: error: <messaging-connector> 'M' has 1 <endpoint>; exactly 2 are needed",
                            "inv.xml:11:7: error: too many <bridgehead> elements in <directory-replication-connector> 'D': exactly 2 are allowed",
                            "inv.xml:14:3: error: too many <organization> elements in <inventory>: only one is allowed",
                            "inv.xml:15:3: error: <rollout> has no <wave>; at least one is needed"}));
}

TEST(LoaderStructure, InventoryNeedsAnOrganization) {
    EXPECT_EQ(diagnostics_of("<inventory format=\"1\"/>"),
                Lines{"inv.xml:1:1: error: <inventory> has no <organization>; exactly 1 is needed"});
}

// Everything is referred to by name, so an export may write the children of <inventory> and
// <organization> in any order: each messaging connector beside its replication connector,
// the rollout first.
TEST(LoaderStructure, TheChildrenOfInventoryAndOrganizationComeInAnyOrder) {
    const LoadResult result = load(R"(<inventory format="1">
  <rollout target-version="5.5"><wave name="W1"><upgrade server="B1"/></wave></rollout>
  <organization name="Org">
    <messaging-connector name="AB" type="site"><endpoint site="Alpha"/><endpoint site="Beta"/></messaging-connector>
    <directory-replication-connector name="AB DRC"><bridgehead site="Alpha" server="A1"/><bridgehead site="Beta" server="B1"/></directory-replication-connector>
    <site name="Alpha"><server name="A1" version="5.5"/></site>
    <site name="Beta"><server name="B1" version="4.0"/></site>
  </organization>
  <media/>
</inventory>)");
    ASSERT_TRUE(result.inventory);
    EXPECT_EQ(result.inventory->replication_connectors.size(), 1u);
    EXPECT_EQ(result.inventory->rollout->waves.at(0).upgrades.size(), 1u);
}

TEST(LoaderStructure, AWavesMovesComeBeforeItsUpgrades) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/><server name="A2" version="5.5"/></site>
    <site name="Beta"><server name="B1" version="5.5"/></site>
    <messaging-connector name="AB" type="site"><endpoint site="Alpha"/><endpoint site="Beta"/></messaging-connector>
    <directory-replication-connector name="AB DRC"><bridgehead site="Alpha" server="A1"/><bridgehead site="Beta" server="B1"/></directory-replication-connector>
  </organization>
  <rollout target-version="5.5"><wave name="W1"><upgrade server="A1"/><move-bridgehead connector="AB DRC" site="Alpha" to="A2"/></wave></rollout>
</inventory>)"),
                (Lines{"inv.xml:8:49: warning: server 'A1' is upgraded in wave 'W1' but no backup of it is "
                       "listed; a backout needs its directory backup (Q195908)",
                       "inv.xml:8:71: error: <move-bridgehead> must come before the <upgrade> elements in <wave>"}));
}

TEST(LoaderStructure, TextWhereNoneIsExpected) {
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha">
      <server name="A1" version="4.0">  SP4 installed  </server>
    </site>
  </organization>
</inventory>)"),
                Lines{"inv.xml:4:41: error: unexpected text 'SP4 installed' in <server> (the inventory keeps all data in attributes)"});
}

TEST(LoaderStructure, LongTextIsCutOnACharacterBoundary) {
    // 14 two-byte characters: byte 27 falls inside the fourteenth.
    EXPECT_EQ(diagnostics_of("<inventory format=\"1\"><organization name=\"Org\"><site name=\"A\">"
                             "<server name=\"A1\" version=\"4.0\">\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                             "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                             "\xC3\xA9</server></site></organization></inventory>"),
              Lines{"inv.xml:1:95: error: unexpected text '\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9...' in <server> "
                    "(the inventory keeps all data in attributes)"});
}

TEST(LoaderStructure, ACharacterReferenceToAControlCharacterInTextIsRefused) {
    // Found by the fuzzer: the text's control character reached the diagnostic.
    EXPECT_EQ(diagnostics_of(R"(<inventory format="1">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0">&#x82;</server></site>
  </organization>
</inventory>)"),
              Lines{"inv.xml:3:56: error: text has a character reference (&#...;) to a control character or "
                    "to a number that is not a Unicode character; remove it"});
}

TEST(LoaderStructure, AllowsTheXsdHintOnTheRoot) {
    const LoadResult result = load(R"(<inventory format="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="inventory-1.xsd">
  <organization name="Org">
    <site name="Alpha"><server name="A1" version="4.0"/></site>
  </organization>
</inventory>)");
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_TRUE(result.inventory);
}

// The table every line:column above comes from.
TEST(LineTable, CountsLinesAndColumnsFromOne) {
    const LineTable lines("ab\ncd\n\nx");
    const auto at = [&](std::size_t offset) {
        const SourceLocation where = lines.locate(offset);
        return std::to_string(where.line) + ":" + std::to_string(where.column);
    };
    EXPECT_EQ(at(0), "1:1");
    EXPECT_EQ(at(2), "1:3");  // A newline belongs to the line it ends.
    EXPECT_EQ(at(3), "2:1");
    EXPECT_EQ(at(6), "3:1");
    EXPECT_EQ(at(7), "4:1");
    EXPECT_EQ(at(8), "4:2");  // The end of the text.
    EXPECT_EQ(at(1), "1:2");  // Going back works too.
}

TEST(LineTable, AnswersTheSameInAnyOrder) {
    std::string text;
    for (std::size_t line = 0; line < 300; ++line) text += std::string(line % 7, 'x') + "\n";
    using LineColumn = std::pair<std::size_t, std::size_t>;
    const auto expected = [&](std::size_t offset) {
        const auto before = std::string_view(text).substr(0, offset);
        const std::size_t last_newline = before.rfind('\n');
        const std::size_t line_start = last_newline == std::string_view::npos ? 0 : last_newline + 1;
        const auto newlines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        return LineColumn(newlines + 1, offset - line_start + 1);
    };
    const LineTable lines(text);
    // In order, backwards, and in jumps of every size, as diagnostics may ask.
    std::vector<std::size_t> offsets;
    for (std::size_t offset = 0; offset <= text.size(); ++offset) offsets.push_back(offset);
    for (std::size_t offset = text.size() + 1; offset-- > 0;) offsets.push_back(offset);
    for (std::size_t i = 0; i < 2000; ++i) offsets.push_back(i * 7919 % (text.size() + 1));
    for (const std::size_t offset : offsets) {
        const SourceLocation where = lines.locate(offset);
        EXPECT_EQ(LineColumn(where.line, where.column), expected(offset))
            << "offset " << offset;
    }
}

}  // namespace
}  // namespace upgrade_risk::inventory
