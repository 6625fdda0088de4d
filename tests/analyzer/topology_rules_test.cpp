#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::drc;
using testing::findings_of;
using testing::inventory_xml;
using testing::load;
using testing::mail;
using testing::server;
using testing::site;

testing::Analysed run(const std::string& organization) {
    return testing::Analysed(inventory_xml(organization));
}

const std::string kSites = site("X", server("X1", "5.5")) + site("Y", server("Y1", "5.5")) +
                           site("Z", server("Z1", "5.5"));

TEST(TopologyRules, CycleIsOneHighFindingNamingItsConnectors) {
    const auto result = run(kSites + mail("X", "Y") + mail("Y", "Z") +
                            drc("X-Y", "X", "X1", "Y", "Y1") + drc("Y-Z", "Y", "Y1", "Z", "Z1") +
                            drc("Z-X", "Z", "Z1", "X", "X1"));
    const auto cycles = findings_of(result, "topology-duplicate-replication-route");
    ASSERT_EQ(cycles.size(), 1u);
    EXPECT_EQ(cycles[0].connectors, (std::vector<std::string>{"X-Y", "Y-Z", "Z-X"}));
    EXPECT_EQ(cycles[0].severity, Severity::high);
    EXPECT_TRUE(findings_of(result, "topology-replication-without-mail-route").empty());
    EXPECT_TRUE(findings_of(result, "topology-directory-island").empty());
}

TEST(TopologyRules, ReplicationWithoutMailRoute) {
    const auto result = run(kSites + mail("X", "Y") + drc("X-Y", "X", "X1", "Y", "Y1") +
                            drc("Y-Z", "Y", "Y1", "Z", "Z1"));
    const auto missing = findings_of(result, "topology-replication-without-mail-route");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].connectors, (std::vector<std::string>{"Y-Z"}));
}

TEST(TopologyRules, IslandIsEveryComponentButTheLargest) {
    const auto result = run(kSites + site("V", server("V1", "5.5") + server("V2", "5.5")) +
                            mail("X", "Y") + drc("X-Y", "X", "X1", "Y", "Y1"));
    const auto islands = findings_of(result, "topology-directory-island");
    ASSERT_EQ(islands.size(), 2u);  // Z alone, and V alone (2 servers, a tie with X-Y: X-Y wins).
    EXPECT_EQ(islands[0].severity, Severity::medium);
    EXPECT_EQ(islands[0].title,
              "Site V is not joined to the rest of the organization by any directory replication "
              "connector.");
}

}  // namespace
}  // namespace upgrade_risk::analyzer
