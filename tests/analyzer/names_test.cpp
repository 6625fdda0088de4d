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

// Sized first and filled in place: every length, empty names and parts included, comes out
// exactly as the sentence reads, with no byte left over or missing.
TEST(Names, JoinedAndConcatenatedTextsAreExactlyTheirParts) {
    std::vector<std::string> names;
    std::string expected;
    for (std::size_t count = 0; count < 60; ++count) {
        EXPECT_EQ(join_names_of(names,
                                [](const std::string& name) -> const std::string& { return name; }),
                  expected);
        const std::string name(count % 7, static_cast<char>('a' + count % 26));
        // The sentence the names so far make, spelled out.
        expected.clear();
        names.push_back(name);
        for (std::size_t i = 0; i < names.size(); ++i) {
            expected += i == 0 ? "" : i + 1 == names.size() ? " and " : ", ";
            expected += names[i];
        }
    }
    EXPECT_EQ(join_names(names), expected);
    EXPECT_EQ(concat({}), "");
    EXPECT_EQ(concat({"", "Site ", "", "S1", " has ", "3", ""}), "Site S1 has 3");
}

TEST(Names, CountOfPluralises) {
    EXPECT_EQ(count_of(1, "server"), "1 server");
    EXPECT_EQ(count_of(2, "mailbox"), "2 mailboxes");
    EXPECT_EQ(count_of(0, "site"), "0 sites");
    EXPECT_EQ(count_of(999, "site"), "999 sites");
    EXPECT_EQ(count_of(1000, "site"), "1,000 sites");
    EXPECT_EQ(count_of(2316400, "mailbox"), "2,316,400 mailboxes");
    EXPECT_EQ(count_of(UINT64_MAX, "server"), "18,446,744,073,709,551,615 servers");
}

TEST(Names, HoursTextShowsSecondsOnlyWhenThereAreSome) {
    EXPECT_EQ(hours_text(3600), "1 hour");
    EXPECT_EQ(hours_text(24 * 3600), "24 hours");
    EXPECT_EQ(hours_text(140 * 3600 + 30 * 60), "140 h 30 min");
    EXPECT_EQ(hours_text(24 * 3600 + 1), "24 h 0 min 1 s");
}

}  // namespace
}  // namespace upgrade_risk::analyzer
