// The name index: site and server names looked up whatever their case, ASCII letters only.
#include "inventory/name_index.h"

#include <string>

#include <gtest/gtest.h>

namespace upgrade_risk::inventory {
namespace {

TEST(NameIndex, FindsANameWhateverTheCaseOfItsLetters) {
    NameIndex names;
    // Long enough to span several eight-byte words and end inside one.
    const std::string name = "Srv0000002 at the Regional Office of a synthetic organizatio";
    EXPECT_FALSE(names.declare(name, 7, SourceLocation{3, 5}));
    for (const std::string& spelling : {name, std::string("SRV0000002 AT THE REGIONAL OFFICE OF A SYNTHETIC ORGANIZATIO"),
                                        std::string("srv0000002 at the regional office of a synthetic organizatio")}) {
        const auto found = names.find(spelling);
        ASSERT_TRUE(found) << spelling;
        EXPECT_EQ(found->id, 7U);
        EXPECT_EQ(found->spelling, name);  // as first spelled
    }
    EXPECT_TRUE(names.declare("srv0000002 AT the regional office of a synthetic organizatio", 8, SourceLocation{4, 5}));
}

TEST(NameIndex, TellsApartNamesThatDifferInAnyByteButTheCaseOfALetter) {
    // Bytes that differ by the case bit (0x20) without being letters, at every offset of words
    // and of a name's last, partial word.
    const std::string pairs[] = {"@`", "[{", "\\|", "]}", "^~", "_\x7F", "\x01!", "\xC3\xE3"};
    for (std::size_t at = 0; at < 19; ++at) {
        for (const std::string& pair : pairs) {
            NameIndex names;
            std::string declared = "PARIS-EX01-MAILBOX";
            declared.insert(at, 1, pair[0]);
            ASSERT_FALSE(names.declare(declared, 0, SourceLocation{1, 1}));
            std::string other = declared;
            other[at] = pair[1];
            EXPECT_FALSE(names.find(other)) << declared << " found as " << other;
            std::string small = declared;
            for (char& c : small) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
            EXPECT_TRUE(names.find(small)) << small;
        }
    }
    NameIndex names;
    ASSERT_FALSE(names.declare("PARIS-EX01-MAILBOX-SERVER", 0, SourceLocation{1, 1}));
    EXPECT_FALSE(names.find("PARIS-EX01-MAILBOX-SERVE"));
    EXPECT_FALSE(names.find("PARIS-EX01-MAILBOX-SERVERS"));
}

TEST(NameIndex, FoldsOnlyAsciiLettersOfNonAsciiNames) {
    NameIndex names;
    ASSERT_FALSE(names.declare("Zürich-Ex01", 3, SourceLocation{1, 1}));
    EXPECT_TRUE(names.find("ZÜRICH-EX01") == std::nullopt);  // Ü is not an ASCII letter
    ASSERT_TRUE(names.find("zürich-ex01"));
    EXPECT_EQ(names.find("zürich-ex01")->id, 3U);
}

}  // namespace
}  // namespace upgrade_risk::inventory
