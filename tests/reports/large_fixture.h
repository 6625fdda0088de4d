#pragma once

#include <cstddef>

#include "analyzer/analysis.h"
#include "inventory/model.h"
#include "reports/report_context.h"

namespace upgrade_risk::testing {

/// A large organization, generated as XML and really analysed: `sites` sites (300 unless
/// told) of 3 servers in a chain of DRCs; Wave 1 upgrades the middle site's bridgehead next to
/// a 5.5 server (one critical finding cutting off the far half), or with `every_bridgehead`
/// each site's (a critical finding each), and every site's third server (a low finding each),
/// so the report must fold long lists and draw only the neighbourhood. With `name_length`, every
/// site and server name is padded to that many characters, some of them accented.
struct LargeFixture {
    static constexpr int kSites = 300;

    explicit LargeFixture(int sites = kSites, bool every_bridgehead = false, std::size_t name_length = 0);
    LargeFixture(LargeFixture&&) = delete;  ///< The result refers to the inventory.

    inventory::Inventory inventory;
    analyzer::AnalysisResult result;
    reports::ReportContext context;
};

}  // namespace upgrade_risk::testing
