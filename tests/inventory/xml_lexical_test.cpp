// The two spellings of "the bytes that end a name in a tag" (inventory/xml_lexical.h) must agree
// on every byte an inventory that passed find_bad_character may hold.
#include "inventory/xml_lexical.h"

#include <string>

#include <gtest/gtest.h>

#include "inventory/text_encoding.h"

namespace upgrade_risk::inventory {
namespace {

TEST(XmlLexical, NameEndStopsAtExactlyTheBytesEndsNameTakes) {
    for (int byte = 1; byte < 256; ++byte) {
        const char c = static_cast<char>(byte);
        // A lone byte of 0x80 and above is no UTF-8, but it stands for the bytes of a character.
        if (byte < 0x80 && find_bad_character(std::string(1, c))) continue;
        // At each offset of a sixteen-byte step and of the bytes after it.
        for (std::size_t at = 0; at < 20; ++at) {
            std::string text = std::string(at, 'n') + c + std::string(20, 'n');
            EXPECT_EQ(xml_lexical::name_end(text, 0) == at, xml_lexical::ends_name(c))
                << "byte " << byte << " at " << at;
        }
    }
    EXPECT_EQ(xml_lexical::name_end("server", 0), 6U);
    EXPECT_EQ(xml_lexical::name_end("a name=", 2), 6U);
}

}  // namespace
}  // namespace upgrade_risk::inventory
