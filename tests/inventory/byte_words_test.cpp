// byte_words::find_first, the scan under every report's escaper and the inventory's markup scan:
// each position of a hit, in the sixteen-byte steps and in the tail, must be found exactly.
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "inventory/byte_words.h"

namespace upgrade_risk::inventory::byte_words {
namespace {

using Find = std::size_t (*)(std::string_view, std::size_t);

/// One way find_first may be built.
struct Way {
    const char* name;
    Find find;
};

/// How test names show a way (GoogleTest would print its bytes, an address among them).
void PrintTo(const Way& way, std::ostream* out) { *out << way.name; }

/// Each way find_first may be built, so the one this processor does not use is tested too.
class ByteWords : public ::testing::TestWithParam<Way> {};

#if defined(__SSE2__)
INSTANTIATE_TEST_SUITE_P(EachWay, ByteWords,
                         ::testing::Values(Way{"Vectors", &find_first_by_vectors<0x20, '"', '\\'>},
                                           Way{"Words", &find_first_by_words<0x20, '"', '\\'>}),
                         [](const auto& way) { return std::string(way.param.name); });
#else
INSTANTIATE_TEST_SUITE_P(EachWay, ByteWords, ::testing::Values(Way{"Words", &find_first_by_words<0x20, '"', '\\'>}),
                         [](const auto& way) { return std::string(way.param.name); });
#endif

TEST_P(ByteWords, FindsABytePlacedAtEveryOffset) {
    const Find find_quote_or_control = GetParam().find;
    for (std::size_t size = 0; size <= 40; ++size) {
        for (std::size_t at = 0; at < size; ++at) {
            std::string text(size, 'a');
            text[at] = '"';
            EXPECT_EQ(find_quote_or_control(text, 0), at) << "size " << size << ", at " << at;
        }
        EXPECT_EQ(find_quote_or_control(std::string(size, 'a'), 0), size) << "size " << size;
    }
}

TEST_P(ByteWords, FindsTheFirstOfSeveralFromTheGivenOffset) {
    const Find find_quote_or_control = GetParam().find;
    const std::string text = "0123456789abcdef\\0123456789ab\ncdef";
    EXPECT_EQ(find_quote_or_control(text, 0), 16U);
    EXPECT_EQ(find_quote_or_control(text, 17), 29U);
    EXPECT_EQ(find_quote_or_control(text, 30), text.size());
    EXPECT_EQ(find_quote_or_control(text, text.size()), text.size());
}

TEST_P(ByteWords, BelowCountsControlBytesButNeitherTheLimitNorHighBytes) {
    const Find find_quote_or_control = GetParam().find;
    // UTF-8 (bytes 0x80 and above) and the space itself are plain text to a JSON string.
    const std::string text = "caf\xC3\xA9 d\xC3\xA9j\xC3\xA0 vu, plain words and spaces \x1F";
    EXPECT_EQ(find_quote_or_control(text, 0), text.size() - 1);
    EXPECT_EQ((find_first<0, '&'>(std::string(20, '\x01'), 0)), 20U);  // no Below: no limit
}

}  // namespace
}  // namespace upgrade_risk::inventory::byte_words
