// <move-bridgehead>: resolving the connector, site and new bridgehead, and every error at once.
#include <gtest/gtest.h>

#include "load_test_support.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;
using testing::load;

/// Sites Alpha (A1 on 4.0, the bridgehead; A2 and A3 on 5.5), Beta (B1, the other end) and
/// Gamma (G1), joined by Alpha-Beta DRC; `waves` go into the rollout from line 16.
std::string with_waves(const std::string& waves) {
    return R"(<inventory format="1" captured="1999-04-20T09:00:00Z">
  <organization name="Org">
    <site name="Alpha">
      <server name="A1" version="4.0" service-pack="4"><backup taken="1999-04-19T22:00:00Z"/></server>
      <server name="A2" version="5.5" service-pack="2"/>
      <server name="A3" version="5.5" service-pack="2"/>
    </site>
    <site name="Beta"><server name="B1" version="4.0" service-pack="4"><backup taken="1999-04-19T22:00:00Z"/></server></site>
    <site name="Gamma"><server name="G1" version="5.5" service-pack="2"/></site>
    <directory-replication-connector name="Alpha-Beta DRC">
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Beta" server="B1"/>
    </directory-replication-connector>
  </organization>
  <rollout target-version="5.5" target-service-pack="2">
)" + waves + "  </rollout>\n</inventory>\n";
}

TEST(LoaderMoves, NamesIgnoreCaseAndTheMoveKnowsItsEndAndFormerBridgehead) {
    const LoadResult result = load(with_waves(R"(    <wave name="W1">
      <move-bridgehead connector="alpha-beta drc" site="ALPHA" to="a2"/>
      <upgrade server="A1"/>
    </wave>
)"));
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(testing::formatted(result).empty());
    const auto& moves = result.inventory->rollout->waves.at(0).moves;
    ASSERT_EQ(moves.size(), 1u);
    EXPECT_EQ(moves[0].connector, 0u);
    EXPECT_EQ(moves[0].end, 0u);
    EXPECT_EQ(moves[0].from, 0u);  // A1
    EXPECT_EQ(moves[0].to, 1u);    // A2
    EXPECT_EQ(moves[0].source.line, 17u);
    EXPECT_EQ(moves[0].source.column, 7u);
}

TEST(LoaderMoves, ALaterMoveStartsFromTheBridgeheadAnEarlierOneLeft) {
    const LoadResult result = load(with_waves(R"(    <wave name="W1"><move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="A2"/><upgrade server="B1"/></wave>
    <wave name="W2"><move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="A3"/><upgrade server="A1"/></wave>
)"));
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(testing::formatted(result).empty());
    const auto& second = result.inventory->rollout->waves.at(1).moves.at(0);
    EXPECT_EQ(second.from, 1u);  // A2, since W1
    EXPECT_EQ(second.to, 2u);
}

TEST(LoaderMoves, EveryBadMoveIsReportedInOneRun) {
    EXPECT_EQ(diagnostics_of(with_waves(R"(    <wave name="W1">
      <move-bridgehead connector="Alpha-Beta DCR" site="Alpha" to="A2"/>
      <move-bridgehead connector="Alpha-Beta DRC" site="Gamma" to="G1"/>
      <move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="G1"/>
      <move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="a1"/>
      <upgrade server="A1"/>
    </wave>
)")),
              (Lines{"inv.xml:17:24: error: unknown directory replication connector 'Alpha-Beta DCR' (did you mean 'Alpha-Beta DRC'?)",
                     "inv.xml:18:51: error: site 'Gamma' is not an end of directory replication connector 'Alpha-Beta DRC' "
                     "(it joins Alpha and Beta); name the site whose bridgehead moves",
                     "inv.xml:19:64: error: server 'G1' is in site 'Gamma', not in site 'Alpha'; the bridgehead role can "
                     "only pass to a server of the same site",
                     "inv.xml:20:64: error: server 'A1' is already the bridgehead of 'Alpha-Beta DRC' in site 'Alpha' at "
                     "this point of the rollout; name another server or drop the move"}));
}

TEST(LoaderMoves, AServerThatHoldsTheRoleAfterAnEarlierMoveCannotTakeItAgain) {
    EXPECT_EQ(diagnostics_of(with_waves(R"(    <wave name="W1"><move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="A2"/><upgrade server="B1"/></wave>
    <wave name="W2"><move-bridgehead connector="Alpha-Beta DRC" site="Alpha" to="A2"/><upgrade server="A1"/></wave>
)")),
              (Lines{"inv.xml:17:78: error: server 'A2' is already the bridgehead of 'Alpha-Beta DRC' in site 'Alpha' at "
                     "this point of the rollout; name another server or drop the move"}));
}

TEST(LoaderMoves, ARolloutWithoutMovesReadsAsBefore) {
    const LoadResult result = load(with_waves(R"(    <wave name="W1"><upgrade server="A1"/></wave>
)"));
    ASSERT_TRUE(result.inventory);
    EXPECT_TRUE(testing::formatted(result).empty());
    EXPECT_TRUE(result.inventory->rollout->waves.at(0).moves.empty());
    EXPECT_EQ(result.inventory->rollout->waves.at(0).upgrades.size(), 1u);
}

}  // namespace
}  // namespace upgrade_risk::inventory
