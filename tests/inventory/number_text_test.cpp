// How counts read in diagnostics and reports.
#include "inventory/number_text.h"

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

TEST(NumberText, SeparatesThousands) {
    EXPECT_EQ(number_text(0), "0");
    EXPECT_EQ(number_text(999), "999");
    EXPECT_EQ(number_text(1000), "1,000");
    EXPECT_EQ(number_text(41365), "41,365");
    EXPECT_EQ(number_text(18446744073709551615u), "18,446,744,073,709,551,615");
}

}  // namespace
}  // namespace upgrade_risk::inventory
