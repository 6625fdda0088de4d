#include "inventory/product_level.h"

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

TEST(ProductLevel, OrdersByVersionThenServicePack) {
    EXPECT_LT((ProductLevel{Version::v4_0, 5}), (ProductLevel{Version::v5_0, 0}));
    EXPECT_LT((ProductLevel{Version::v5_5, 1}), (ProductLevel{Version::v5_5, 2}));
}

TEST(ProductLevel, BuildTableFollowsTheKnowledgeBase) {
    EXPECT_EQ(build_number({Version::v4_0, 2}), 993);  // 4.0a
    EXPECT_EQ(build_number({Version::v5_0, 2}), 1460);
    EXPECT_EQ(build_number({Version::v5_5, 4}), 2653);
    EXPECT_EQ(build_number({Version::v5_0, 3}), std::nullopt);
}

TEST(ProductLevel, FormatsServicePackOnlyWhenPresent) {
    EXPECT_EQ(to_string(ProductLevel{Version::v4_0, 4}), "4.0 SP4");
    EXPECT_EQ(to_string(ProductLevel{Version::v5_5, 0}), "5.5");
    // Levels beyond the build table reach error messages as written.
    EXPECT_EQ(to_string(ProductLevel{Version::v5_0, 12}), "5.0 SP12");
    EXPECT_EQ(to_string(ProductLevel{Version::v5_5, 2147483647}), "5.5 SP2147483647");
}

}  // namespace
}  // namespace upgrade_risk::inventory
