#include "inventory/nearest_name.h"

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

TEST(NearestName, OffersACloseName) {
    EXPECT_EQ(nearest_name("servce-pack", {"name", "version", "service-pack"}), "service-pack");
    EXPECT_EQ(nearest_name("SERVR9", {"SERVER1", "SERVER9"}), "SERVER9");
}

TEST(NearestName, CountsASwapOfTwoLettersAsOneTypo) {
    EXPECT_EQ(nearest_name("sevrer", {"server", "site"}), "server");
}

TEST(NearestName, IgnoresCase) { EXPECT_EQ(nearest_name("Server", {"server"}), "server"); }

TEST(NearestName, OffersNothingWhenNothingIsClose) {
    EXPECT_EQ(nearest_name("MAIL7", {"SERVER1", "SERVER9"}), std::nullopt);
    EXPECT_EQ(nearest_name("x", {"site", "server"}), std::nullopt);
    EXPECT_EQ(nearest_name("anything", {}), std::nullopt);
}

TEST(NearestName, FormatsTheHintAndTheChoices) {
    EXPECT_EQ(did_you_mean("Pariss", {"Paris", "Oslo"}), " (did you mean 'Paris'?)");
    EXPECT_EQ(did_you_mean("Tokyo", {"Paris", "Oslo"}), "");
    EXPECT_EQ(list_choices({"a", "b", "c"}), "a, b or c");
    EXPECT_EQ(list_choices({"a"}), "a");
}

}  // namespace
}  // namespace upgrade_risk::inventory
