#include "tests/reports/q195908_fixture.h"

#include <gtest/gtest.h>

#include "inventory/loader.h"

namespace upgrade_risk::testing {

namespace {

/// `text` safe inside a double-quoted XML attribute.
std::string xml_attribute(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

/// inventory/examples/q195908.xml grown by a second wave, so that every backout rule fires:
/// SERVERA (critical), SERVERC (low) in Wave 1; SERVERD, alone in Paris (high and medium),
/// in Wave 2 with no backup and no kit of its level.
std::string inventory_xml(const FixtureNames& n) {
    const auto a = [](const std::string& text) { return xml_attribute(text); };
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<inventory format="1" captured="1999-04-20T09:00:00Z" source=")" + a(n.free_text) + R"(">
  <organization name=")" + a(n.org) + R"(">
    <site name=")" + a(n.redmond) + R"(" description=")" + a(n.free_text) + R"(">
      <server name=")" + a(n.server_a) + R"(" version="4.0" service-pack="4" mailboxes="420">
        <backup taken="1999-04-19T22:00:00Z" type="offline" version="4.0" service-pack="4" verified="true" location=")" + a(n.backup_location) + R"("/>
      </server>
      <server name=")" + a(n.server_b) + R"(" version="5.5" service-pack="1" mailboxes="380"/>
      <server name=")" + a(n.server_c) + R"(" version="4.0" service-pack="4" mailboxes="300"/>
    </site>
    <site name=")" + a(n.paris) + R"(">
      <server name=")" + a(n.server_d) + R"(" version="4.0" service-pack="3" mailboxes="150"/>
    </site>
    <messaging-connector name=")" + a(n.x400) + R"(" type="x400">
      <endpoint site=")" + a(n.redmond) + R"(" server=")" + a(n.server_a) + R"("/>
      <endpoint site=")" + a(n.paris) + R"(" server=")" + a(n.server_d) + R"("/>
    </messaging-connector>
    <directory-replication-connector name=")" + a(n.drc) + R"(">
      <bridgehead site=")" + a(n.redmond) + R"(" server=")" + a(n.server_a) + R"("/>
      <bridgehead site=")" + a(n.paris) + R"(" server=")" + a(n.server_d) + R"("/>
    </directory-replication-connector>
  </organization>
  <media>
    <kit version="4.0" service-pack="4" authrest="true" location=")" + a(n.kit_location) + R"("/>
    <kit version="5.5" service-pack="2" location="\\media\exchange\55sp2"/>
  </media>
  <rollout target-version="5.5" target-service-pack="2">
    <wave name=")" + a(n.wave1) + R"(" start="1999-04-21T20:00:00Z">
      <upgrade server=")" + a(n.server_a) + R"("/>
      <upgrade server=")" + a(n.server_c) + R"("/>
    </wave>
    <wave name=")" + a(n.wave2) + R"(">
      <upgrade server=")" + a(n.server_d) + R"("/>
    </wave>
  </rollout>
</inventory>
)";
}

inventory::Inventory load_or_fail(const FixtureNames& names) {
    inventory::LoadResult load = inventory::load_inventory_text(inventory_xml(names), "q195908.xml");
    if (!load.inventory) {
        ADD_FAILURE() << "the fixture inventory does not load: "
                      << (load.diagnostics.empty() ? "" : inventory::format_diagnostic(load.diagnostics.front()));
        return {};
    }
    return std::move(*load.inventory);
}

}  // namespace

Q195908Fixture::Q195908Fixture(const FixtureNames& names)
    : inventory(load_or_fail(names)), result(analyzer::analyze(inventory, analyzer::AnalysisOptions{})) {
    context.tool_version = "0.1.0";
    context.generated_epoch_seconds = 924652800;  // 1999-04-21T00:00:00Z
}

}  // namespace upgrade_risk::testing
