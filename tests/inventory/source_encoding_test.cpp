// Issue 16: inventories in the encodings Windows tools write are read, and every position still
// points at the line and column an editor shows.
#include "inventory/source_encoding.h"

#include <gtest/gtest.h>

#include "inventory/sha256.h"
#include "tests/inventory/load_test_support.h"

namespace upgrade_risk::inventory {
namespace {
using namespace std::string_literals;
using testing::formatted;

/// `ascii_and_latin1` (one byte per character) as UTF-16 with its byte order mark.
std::string utf16(std::string_view ascii_and_latin1, bool little) {
    std::string bytes = little ? "\xFF\xFE" : "\xFE\xFF";
    for (const char c : ascii_and_latin1) {
        if (little) bytes += {c, '\0'};
        else bytes += {'\0', c};
    }
    return bytes;
}

/// A two-site inventory whose first site is "Z\xFCrich" (ü in ISO-8859-1), with an attribute
/// no element has on line 3, after the ü, when `mistake` is set.
std::string latin1_inventory(std::string_view declaration, bool mistake = false) {
    return std::string(declaration) +
           "<inventory format=\"1\">\n  <organization name=\"Org\">\n"
           "    <site name=\"Z\xFCrich\"" + (mistake ? " colour=\"red\"" : "") + ">\n"
           "      <server name=\"M\xDCNCHEN-1\" version=\"5.5\" service-pack=\"2\"/>\n"
           "    </site>\n  </organization>\n</inventory>\n";
}

constexpr std::string_view kLatin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n";

TEST(SourceEncoding, ReadsUtf16WithAByteOrderMarkInBothByteOrders) {
    for (const bool little : {true, false}) {
        const std::string bytes = utf16(latin1_inventory("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), little);
        const LoadResult result = load_inventory_text(bytes, "ps.xml");
        ASSERT_TRUE(result.inventory) << ::testing::PrintToString(formatted(result));
        EXPECT_EQ(result.inventory->sites.at(0).name, "Z\xC3\xBCrich");
        EXPECT_EQ(result.inventory->servers.at(0).name, "M\xC3\x9CNCHEN-1");
        EXPECT_EQ(result.inventory->encoding, little ? SourceEncoding::utf16le : SourceEncoding::utf16be);
        EXPECT_EQ(result.inventory->sha256, sha256_hex(bytes));  // of the bytes read, not of the UTF-8
    }
}

TEST(SourceEncoding, ReadsADeclaredIso88591OrWindows1252) {
    const LoadResult latin1 = load_inventory_text(latin1_inventory(kLatin1), "l.xml");
    ASSERT_TRUE(latin1.inventory) << ::testing::PrintToString(formatted(latin1));
    EXPECT_EQ(latin1.inventory->sites.at(0).name, "Z\xC3\xBCrich");
    EXPECT_EQ(latin1.inventory->encoding, SourceEncoding::latin1);

    std::string windows = latin1_inventory("<?xml version='1.0' encoding='windows-1252'?>\n");
    windows.replace(windows.find("Z\xFCrich"), 6, "Z\xFCrich \x96 Nord");  // an en dash
    const LoadResult cp1252 = load_inventory_text(windows, "w.xml");
    ASSERT_TRUE(cp1252.inventory) << ::testing::PrintToString(formatted(cp1252));
    EXPECT_EQ(cp1252.inventory->sites.at(0).name, "Z\xC3\xBCrich \xE2\x80\x93 Nord");
}

TEST(SourceEncoding, PositionsCountCharactersWhateverTheEncoding) {
    // The same mistake at the same place: line 4, column 24 (after the ü) in every encoding.
    const std::string expected =
        ":4:25: error: unknown attribute 'colour' on <site>";
    std::string utf8 = latin1_inventory("<?xml version=\"1.0\"?>\n", true);
    utf8.replace(utf8.find('\xFC'), 1, "\xC3\xBC");
    utf8.replace(utf8.find('\xDC'), 1, "\xC3\x9C");
    const std::vector<std::pair<std::string, std::string>> files = {
        {"utf8.xml", utf8},
        {"latin1.xml", latin1_inventory(kLatin1, true)},
        {"utf16.xml", utf16(latin1_inventory("<?xml version=\"1.0\"?>\n", true), true)},
    };
    for (const auto& [name, bytes] : files) {
        const auto lines = formatted(load_inventory_text(bytes, name));
        ASSERT_FALSE(lines.empty()) << name;
        EXPECT_EQ(lines.front().substr(0, name.size() + expected.size()), name + expected);
    }
}

TEST(SourceEncoding, RefusesBytesThatAreNoCharacterOfTheDeclaredEncoding) {
    const auto first = [](const std::string& bytes) { return formatted(load_inventory_text(bytes, "e.xml")).at(0); };
    std::string c1 = latin1_inventory(kLatin1);
    c1.replace(c1.find('\xFC'), 1, "\x96");
    EXPECT_EQ(first(c1), "e.xml:4:18: error: the byte 0x96 is a control character in ISO-8859-1, as "
                         "the file declares; a file saved on Windows is usually windows-1252: "
                         "declare encoding=\"windows-1252\"");
    std::string undefined = latin1_inventory("<?xml version=\"1.0\" encoding=\"cp1252\"?>\n");
    undefined.replace(undefined.find('\xFC'), 1, "\x81");
    EXPECT_EQ(first(undefined), "e.xml:4:18: error: the byte 0x81 is no character in windows-1252, "
                                "as the file declares (is the declared encoding right?)");
    // Undeclared, a Latin-1 byte is still not UTF-8.
    EXPECT_EQ(first(latin1_inventory("")), "e.xml:3:18: error: the file contains the byte 0xFC, which "
                                           "is not valid UTF-8 (save the inventory as UTF-8)");
}

TEST(SourceEncoding, RefusesEncodingsItDoesNotReadWhereTheyAreNamed) {
    const auto first = [](const std::string& bytes) { return formatted(load_inventory_text(bytes, "e.xml")).at(0); };
    EXPECT_EQ(first(latin1_inventory("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n")),
              "e.xml:1:31: error: the file declares encoding \"Shift_JIS\", which upgrade-risk does "
              "not read; save the inventory as UTF-8 (UTF-16, ISO-8859-1 and windows-1252 are read too)");
    EXPECT_EQ(first(latin1_inventory("<?xml version=\"1.0\" encoding=\"\x1b[2J\"?>\n")),
              "e.xml:1:31: error: the file declares an encoding that has no name, which upgrade-risk "
              "does not read; save the inventory as UTF-8 (UTF-16, ISO-8859-1 and windows-1252 are read too)");
    EXPECT_EQ(first("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<inventory format=\"1\"/>\n"),
              "e.xml:1:31: error: the file declares encoding \"UTF-16\" but is not UTF-16 (it has no "
              "byte order mark and one byte per character); write encoding=\"UTF-8\" if that is what it is");
    // A UTF-16 name with a stray byte is described, not quoted: messages go to a terminal.
    EXPECT_EQ(first("<?xml version=\"1.0\" encoding=\"utf-16\xFF\"?>\n<inventory format=\"1\"/>\n"),
              "e.xml:1:31: error: the file declares a UTF-16 encoding but is not UTF-16 (it has no "
              "byte order mark and one byte per character); write encoding=\"UTF-8\" if that is what it is");
    EXPECT_EQ(first(utf16("<inventory format=\"1\"/>", true).substr(2)),
              "e.xml:1:1: error: the file looks like UTF-16 without a byte order mark; save the "
              "inventory as UTF-8, or as UTF-16 with one");
}

TEST(SourceEncoding, RefusesBrokenUtf16WithItsPosition) {
    const auto first = [](const std::string& bytes) { return formatted(load_inventory_text(bytes, "e.xml")).at(0); };
    std::string lone = utf16("<inventory>\n  <x", true);
    lone += "\x00\xD8"s;  // a high surrogate with no low one after it
    lone += utf16("/></inventory>", true).substr(2);
    EXPECT_EQ(first(lone), "e.xml:2:5: error: the file is UTF-16 but has half a character here (a lone "
                           "surrogate), which no text holds; save the inventory again");
    EXPECT_EQ(first(utf16("<inventory/>", false) + "\x00"s),
              "e.xml:1:13: error: the file is UTF-16 but ends in the middle of a character (is it cut short?)");
}

TEST(SourceEncoding, WritesTextBackInTheEncodingItCameFrom) {
    std::string windows = latin1_inventory("<?xml version='1.0' encoding='windows-1252'?>\n");
    windows.replace(windows.find("Z\xFCrich"), 6, "\x80 \x96 \x9F \xFF");
    const std::vector<std::string> originals = {
        latin1_inventory(kLatin1), windows,
        utf16(latin1_inventory("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), true),
        utf16(latin1_inventory("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), false),
        "\xEF\xBB\xBF<a b='\xF0\x9F\x98\x80'/>"};
    for (const std::string& original : originals) {
        const DecodedText decoded = decode_inventory(original);
        ASSERT_FALSE(decoded.error) << *decoded.error;
        EXPECT_EQ(encode_inventory(decoded.text, decoded.encoding), original);
    }
    EXPECT_EQ(encode_inventory("\xE2\x82\xAC", SourceEncoding::latin1), std::nullopt);  // no euro sign
    EXPECT_EQ(encode_inventory("\xF0\x9F\x98\x80", SourceEncoding::utf16le), "\xFF\xFE\x3D\xD8\x00\xDE"s);
}

}  // namespace
}  // namespace upgrade_risk::inventory
