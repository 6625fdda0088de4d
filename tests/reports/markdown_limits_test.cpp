#include "reports/markdown_limits.h"

#include <gtest/gtest.h>

namespace upgrade_risk::reports {
namespace {

TEST(MarkdownLimits, ClipsNamesByCharactersNotBytes) {
    EXPECT_EQ(clip("Zürich", 6), "Zürich");
    EXPECT_EQ(clip("Zürich", 3), "Zür…");
    EXPECT_EQ(clip("東京本社ビル", 2), "東京…");
    EXPECT_EQ(clip("", 0), "");
}

TEST(MarkdownLimits, AListStopsAtTheFirstLineThatDoesNotFitItsShare) {
    BoundedList list(10);
    EXPECT_TRUE(list.add("ééééé\n"));  // 6 characters in 11 bytes
    EXPECT_FALSE(list.add("12345\n"));
    EXPECT_FALSE(list.add("1\n"));  // would fit, but a list never skips an item
    EXPECT_TRUE(list.full());
    EXPECT_EQ(list.listed(), 1u);
    EXPECT_EQ(list.text(), "ééééé\n");
}

TEST(MarkdownLimits, ATooLongReportIsCutAfterAWholeLineAndSaysSo) {
    const std::string report = "line 1\nline 2\nline 3\n";
    std::string kept = report;
    cut_at_line(kept, report.size(), "[cut]\n");
    EXPECT_EQ(kept, report);
    std::string cut = report;
    cut_at_line(cut, 17, "[cut]\n");  // 11 characters of room: line 1 and part of line 2
    EXPECT_EQ(cut, "line 1\n[cut]\n");
    // Characters, not bytes: 8 characters in 14 bytes fit in 8.
    std::string accented = "ééé\nééé\n";
    cut_at_line(accented, 8, "[cut]\n");
    EXPECT_EQ(accented, "ééé\nééé\n");
    cut_at_line(accented, 7, "[cut]");  // 2 characters of room: no whole line
    EXPECT_EQ(accented, "[cut]");
    accented = "ééé\nééé\nééé\n";
    cut_at_line(accented, 10, "[cut]");
    EXPECT_EQ(accented, "ééé\n[cut]");
}

}  // namespace
}  // namespace upgrade_risk::reports
