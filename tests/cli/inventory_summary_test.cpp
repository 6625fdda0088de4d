#include "analyzer/cli/inventory_summary.h"

#include <gtest/gtest.h>

#include "inventory/loader.h"

namespace upgrade_risk::cli {
namespace {

TEST(InventorySummary, CountsWhatTheValidateCommandReports) {
    const auto result = inventory::load_inventory_file(std::string(UPGRADE_RISK_SOURCE_DIR) +
                                                       "/inventory/examples/q195908.xml");
    ASSERT_TRUE(result.inventory);
    inventory::Inventory inventory = *result.inventory;
    inventory.path = "q195908.xml";
    EXPECT_EQ(format_inventory_summary(inventory),
              "q195908.xml: valid inventory\n"
              "  organization                      Microsoft\n"
              "  captured                          1999-04-20T09:00:00Z\n"
              "  sites                             2\n"
              "  servers                           4 (4.0: 3, 5.0: 0, 5.5: 1; 1,250 mailboxes)\n"
              "  messaging connectors              1 (x400: 1)\n"
              "  directory replication connectors  1\n"
              "  install kits                      2 (1 with Authrest.exe)\n"
              "  rollout                           1 wave, 1 planned upgrade, target 5.5 SP2\n");
}

TEST(InventorySummary, SaysWhenThereIsNoMediaOrRollout) {
    const auto result = inventory::load_inventory_text(R"(<inventory format="1">
  <organization name="Org"><site name="S"><server name="S1" version="4.0" mailboxes="1"/></site></organization>
</inventory>)", "inv.xml");
    ASSERT_TRUE(result.inventory);
    const std::string summary = format_inventory_summary(*result.inventory);
    EXPECT_NE(summary.find("  install kits                      none listed (no <media>)\n"), std::string::npos) << summary;
    EXPECT_NE(summary.find("  rollout                           none planned: each server below 5.5 is treated as the next to be upgraded\n"), std::string::npos) << summary;
    EXPECT_NE(summary.find("(4.0: 1, 5.0: 0, 5.5: 0; 1 mailbox)"), std::string::npos) << summary;
}

}  // namespace
}  // namespace upgrade_risk::cli
