#include "inventory/timestamp.h"

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

TEST(Timestamp, ParsesUtcAndOffsets) {
    EXPECT_EQ(parse_timestamp("1999-04-20T09:00:00Z")->epoch_seconds, 924598800);
    EXPECT_EQ(parse_timestamp("1999-04-20T11:00:00+02:00")->epoch_seconds, 924598800);
    EXPECT_EQ(parse_timestamp("1999-04-20")->epoch_seconds, 924566400);
}

TEST(Timestamp, RejectsMalformedAndImpossibleDates) {
    EXPECT_FALSE(parse_timestamp("1999-02-30T00:00:00Z"));
    EXPECT_FALSE(parse_timestamp("1999-04-20 09:00"));
    EXPECT_FALSE(parse_timestamp("yesterday"));
    EXPECT_FALSE(parse_timestamp("1999-04-20T25:00:00Z"));
}

TEST(Timestamp, FormatsUtc) { EXPECT_EQ(format_utc(924598800), "1999-04-20T09:00:00Z"); }

}  // namespace
}  // namespace upgrade_risk::inventory
