// How names, counts and durations read in findings.
#include "analyzer/names.h"

#include <gtest/gtest.h>

namespace upgrade_risk::analyzer {
namespace {

TEST(Names, JoinNamesReadsAsASentence) {
    EXPECT_EQ(join_names(std::vector<std::string>{}), "");
    EXPECT_EQ(join_names(std::vector<std::string>{"A"}), "A");
    EXPECT_EQ(join_names(std::vector<std::string>{"A", "B"}), "A and B");
    EXPECT_EQ(join_names(std::vector<std::string>{"A", "B", "C"}), "A, B and C");
}

TEST(Names, CountOfPluralises) {
    EXPECT_EQ(count_of(1, "server"), "1 server");
    EXPECT_EQ(count_of(2, "mailbox"), "2 mailboxes");
    EXPECT_EQ(count_of(0, "site"), "0 sites");
    EXPECT_EQ(count_of(999, "site"), "999 sites");
    EXPECT_EQ(count_of(1000, "site"), "1,000 sites");
    EXPECT_EQ(count_of(2316400, "mailbox"), "2,316,400 mailboxes");
}

TEST(Names, HoursTextShowsSecondsOnlyWhenThereAreSome) {
    EXPECT_EQ(hours_text(3600), "1 hour");
    EXPECT_EQ(hours_text(24 * 3600), "24 hours");
    EXPECT_EQ(hours_text(140 * 3600 + 30 * 60), "140 h 30 min");
    EXPECT_EQ(hours_text(24 * 3600 + 1), "24 h 0 min 1 s");
}

}  // namespace
}  // namespace upgrade_risk::analyzer
