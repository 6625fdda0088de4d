#include "analyzer/finding_text.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace upgrade_risk::analyzer {
namespace {

TEST(Text, ALiteralIsItsOwnStorage) {
    constexpr Text text = "Q195908";
    static_assert(text.size() == 7);
    EXPECT_EQ(text, "Q195908");
    EXPECT_TRUE(Text().empty());
}

TEST(TextStore, KeepsACopyThatOutlivesTheOriginal) {
    TextStore store;
    std::string original = "SRV0000026 runs 4.0 SP4.";
    const Text kept = store.keep(original);
    original.assign(original.size(), 'x');
    EXPECT_EQ(kept, "SRV0000026 runs 4.0 SP4.");
    EXPECT_NE(kept.view().data(), original.data());
}

TEST(TextStore, ConcatenatesInOnePieceOfExactLength) {
    TextStore store;
    const std::string name = "SERVERA";
    const Text text = store.concat({"If ", name, "'s upgrade fails", "", "."});
    EXPECT_EQ(text, "If SERVERA's upgrade fails.");
    const Text next = store.keep("B");
    EXPECT_EQ(next.view().data(), text.view().data() + text.size());  // no room left between
    EXPECT_TRUE(store.concat({"", ""}).empty());
}

TEST(TextStore, EveryTextStaysValidAcrossBlocksAndMoves) {
    TextStore store;
    std::vector<std::pair<Text, std::string>> kept;
    // Far more than one block, with texts larger than a quarter of a block among them.
    for (int i = 0; i < 20000; ++i) {
        std::string text = "sentence " + std::to_string(i);
        if (i % 1000 == 0) text.append(40000, static_cast<char>('a' + i % 26));
        kept.emplace_back(store.keep(text), std::move(text));
    }
    const TextStore moved = std::move(store);
    for (const auto& [text, expected] : kept) ASSERT_EQ(text, expected);
}

}  // namespace
}  // namespace upgrade_risk::analyzer
