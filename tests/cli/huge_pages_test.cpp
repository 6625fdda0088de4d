// When the tool restarts itself with huge pages for malloc, and when it leaves things alone.
#include "analyzer/cli/huge_pages.h"

#include <gtest/gtest.h>

namespace upgrade_risk::cli {
namespace {

constexpr std::string_view kMadvise = "always [madvise] never\n";

TEST(HugePages, AsksForThemWhenTheKernelGivesThemOnRequest) {
    EXPECT_EQ(huge_page_tunables(nullptr, kMadvise, false), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(huge_page_tunables("", kMadvise, false), "glibc.malloc.hugetlb=1");
}

TEST(HugePages, KeepsTheUsersOwnTunables) {
    EXPECT_EQ(huge_page_tunables("glibc.malloc.arena_max=2", kMadvise, false),
              "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
}

TEST(HugePages, RestartsOnceAndNeverOverridesAChoice) {
    // The restarted process sees its own setting; a user's explicit 0 stays 0.
    EXPECT_EQ(huge_page_tunables("glibc.malloc.hugetlb=1", kMadvise, false), std::nullopt);
    EXPECT_EQ(huge_page_tunables("glibc.malloc.hugetlb=0", kMadvise, false), std::nullopt);
}

TEST(HugePages, DoesNothingWhenThereIsNothingToGainOrTheUserOptsOut) {
    EXPECT_EQ(huge_page_tunables(nullptr, "[always] madvise never\n", false), std::nullopt);
    EXPECT_EQ(huge_page_tunables(nullptr, "always madvise [never]\n", false), std::nullopt);
    EXPECT_EQ(huge_page_tunables(nullptr, "", false), std::nullopt);  // no such file
    EXPECT_EQ(huge_page_tunables(nullptr, kMadvise, true), std::nullopt);
}

}  // namespace
}  // namespace upgrade_risk::cli
