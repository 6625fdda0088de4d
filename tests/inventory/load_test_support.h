#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "inventory/loader.h"

namespace upgrade_risk::inventory::testing {

/// Loads inventory text as if read from "inv.xml".
inline LoadResult load(std::string_view xml) { return load_inventory_text(xml, "inv.xml"); }

/// Every diagnostic of a load, formatted as the user sees it.
inline std::vector<std::string> formatted(const LoadResult& result) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        lines.push_back(format_diagnostic(diagnostic));
    }
    return lines;
}

/// Every diagnostic of `xml`, formatted as the user sees it.
inline std::vector<std::string> diagnostics_of(std::string_view xml) { return formatted(load(xml)); }

/// A valid organization of two sites, for tests that change one thing in it. Line numbers:
/// 1 <inventory>, 3-6 site Alpha (A1 on 4.0 SP4, A2 on 5.5 SP2), 7-9 site Beta (B1 on 4.0 SP4),
/// 10-13 the DRC, then `tail` (media, rollout) from line 15.
inline std::string two_sites(const std::string& tail = "") {
    return R"(<inventory format="1" captured="1999-04-20T09:00:00Z">
  <organization name="Org">
    <site name="Alpha">
      <server name="A1" version="4.0" service-pack="4"><backup taken="1999-04-19T22:00:00Z"/></server>
      <server name="A2" version="5.5" service-pack="2"/>
    </site>
    <site name="Beta">
      <server name="B1" version="4.0" service-pack="4"><backup taken="1999-04-19T22:00:00Z"/></server>
    </site>
    <directory-replication-connector name="Alpha-Beta">
      <bridgehead site="Alpha" server="A1"/>
      <bridgehead site="Beta" server="B1"/>
    </directory-replication-connector>
  </organization>
)" + tail + "</inventory>\n";
}

}  // namespace upgrade_risk::inventory::testing
