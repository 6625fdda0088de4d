// The order every report lists findings in (sort_findings): worst severity first, then wave,
// site and server by name in byte order, then rule and title.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "analyzer/analysis.h"
#include "tests/analyzer/random_organization.h"
#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::analyzer {
namespace {

using testing::OrganizationRecipe;
using testing::OrganizationShape;

/// `finding`'s place in the order, spelled out with its names and words: what the sort must
/// agree with, however it compares.
auto order_key(const AnalysisResult& result, const Finding& finding) {
    const auto& inventory = result.context().inventory;
    constexpr auto no_wave = std::numeric_limits<std::uint32_t>::max();
    const std::string site = finding.site ? inventory.sites[*finding.site].name : "";
    const std::string server = finding.server ? inventory.servers[*finding.server].name : "";
    return std::make_tuple(-static_cast<int>(finding.severity()), finding.wave.value_or(no_wave),
                           site, server, std::string(finding.rule_id()), result.title(finding));
}

void expect_in_order(const AnalysisResult& result) {
    for (std::size_t i = 1; i < result.findings.size(); ++i) {
        const auto before = order_key(result, result.findings[i - 1]);
        const auto after = order_key(result, result.findings[i]);
        EXPECT_LE(before, after) << "findings " << i - 1 << " and " << i << ": "
                                 << std::get<5>(before) << " / " << std::get<5>(after);
    }
}

TEST(FindingOrder, RandomOrganizationsOfEveryShapeAreListedInOrder) {
    for (const auto shape :
         {OrganizationShape::mixed, OrganizationShape::every_site_on_5_5,
          OrganizationShape::below_sp2, OrganizationShape::hubs, OrganizationShape::small_sites}) {
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            const testing::Analysed result(
                testing::random_inventory_xml(OrganizationRecipe{60, seed, shape, true, false, 2}));
            ASSERT_GT(result.findings.size(), 1u);
            SCOPED_TRACE("shape " + std::to_string(static_cast<int>(shape)) + ", seed " +
                         std::to_string(seed));
            expect_in_order(result);
        }
    }
}

TEST(FindingOrder, NamesSortByTheirBytesNotTheirCase) {
    // Three sites with no 5.5 server upgraded in one wave: each server's backout would block
    // user creation (one high finding each), ordered by site, then server, name alone. In
    // byte order capitals come first.
    using testing::server;
    using testing::site;
    const testing::Analysed result(testing::inventory_xml(
        site("alpha", server("a1", "4.0") + server("Z2", "4.0")) +
            site("Beta", server("B1", "4.0")) + site("gamma", server("C1", "4.0")),
        testing::rollout(testing::wave("W1", "a1,Z2,B1,C1"))));
    std::vector<std::string> servers;
    for (const Finding& finding : result.findings) {
        if (finding.rule_id() != "backout-blocks-user-creation") continue;
        servers.push_back(result.context().inventory.servers[*finding.server].name);
    }
    EXPECT_EQ(servers, (std::vector<std::string>{"B1", "Z2", "a1", "C1"}));
    expect_in_order(result);
}

}  // namespace
}  // namespace upgrade_risk::analyzer
