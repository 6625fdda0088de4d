#include "inventory/input_limits.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "tests/support/scratch_folder.h"

namespace upgrade_risk::inventory {
namespace {

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> result;
    for (const Diagnostic& d : diagnostics) result.push_back(format_diagnostic(d));
    return result;
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string result;
    for (std::size_t i = 0; i < times; ++i) result += piece;
    return result;
}

TEST(InputLimits, DefaultsLetTheLargestPlannedInventoryThrough) {
    const InputLimits limits;
    EXPECT_GE(limits.max_file_bytes, std::size_t{250} * 1000 * 1000 * 2);
    EXPECT_GE(limits.max_elements, std::size_t{4'000'000} * 4);
    EXPECT_GE(limits.max_depth, 5u * 4);
}

TEST(InputLimits, AcceptsAnOrdinaryInventory) {
    EXPECT_TRUE(check_inventory_text("<?xml version=\"1.0\"?>\n<inventory format=\"1\">"
                                     "<!-- a <!DOCTYPE in a comment is text --></inventory>",
                                     "i.xml")
                    .empty());
}

TEST(InputLimits, RefusesADoctypeWithItsLocation) {
    EXPECT_EQ(messages(check_inventory_text("<?xml version=\"1.0\"?>\n<!DOCTYPE inventory>\n"
                                            "<inventory/>",
                                            "inventory.xml")),
              std::vector<std::string>{
                  "inventory.xml:2:1: error: DOCTYPE declarations are not allowed in an "
                  "inventory (entities are never expanded); remove it"});
}

TEST(InputLimits, RefusesBillionLaughsWithoutExpandingIt) {
    std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        text += " <!ENTITY lol" + std::to_string(i) + " \"" +
                repeat("&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";", 10) +
                "\">\n";
    }
    text += "]>\n<inventory format=\"1\"><organization name=\"&lol9;\"/></inventory>\n";
    const LoadResult result = load_inventory_text(text, "lol.xml");
    EXPECT_FALSE(result.inventory);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(format_diagnostic(result.diagnostics[0]).substr(0, 35), "lol.xml:2:1: error: DOCTYPE declara");
}

TEST(InputLimits, RefusesAnExternalEntityWithoutReadingIt) {
    const std::string text =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE inventory [ <!ENTITY passwd SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<inventory format=\"1\"><organization name=\"&passwd;\"/></inventory>\n";
    const LoadResult result = load_inventory_text(text, "xxe.xml");
    EXPECT_FALSE(result.inventory);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].location.line, 2u);
    EXPECT_EQ(format_diagnostic(result.diagnostics[0]).find("root:"), std::string::npos);
}

TEST(InputLimits, RefusesNestingDeeperThanTheLimit) {
    InputLimits limits;
    limits.max_depth = 3;
    EXPECT_TRUE(check_inventory_text("<a><b><c/><c></c></b></a>", "d.xml", limits).empty());
    EXPECT_EQ(messages(check_inventory_text("<a><b>\n  <c><d/></c></b></a>", "d.xml", limits)),
              std::vector<std::string>{
                  "d.xml:2:6: error: elements are nested more than 3 deep here, the most an "
                  "inventory may have (a real one nests 5 deep); look for elements that are "
                  "never closed"});
}

TEST(InputLimits, DeepNestingIsRefusedBeforeParsing) {
    const std::string text = repeat("<a>", 100'000) + repeat("</a>", 100'000);
    const LoadResult result = load_inventory_text(text, "deep.xml");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_NE(result.diagnostics[0].message.find("nested more than 32 deep"), std::string::npos);
}

TEST(InputLimits, RefusesMoreElementsThanTheLimit) {
    InputLimits limits;
    limits.max_elements = 3;
    EXPECT_TRUE(check_inventory_text("<a><b/><c></c></a>", "e.xml", limits).empty());
    const auto found = messages(check_inventory_text("<a><b/><c/>\n<d/></a>", "e.xml", limits));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].substr(0, 52), "e.xml:2:1: error: the inventory has more than 3 elem");
}

TEST(InputLimits, RefusesALongAttributeValueNamingTheAttribute) {
    InputLimits limits;
    limits.max_attribute_length = 8;
    EXPECT_TRUE(check_inventory_text("<a name=\"12345678\"/>", "v.xml", limits).empty());
    EXPECT_EQ(messages(check_inventory_text("<a x='1' name=\"123456789\"/>", "v.xml", limits)),
              std::vector<std::string>{
                  "v.xml:1:10: error: the value of attribute 'name' is 9 bytes long, more than "
                  "the 8 an attribute value may be; shorten it"});
}

TEST(InputLimits, RefusesTooManyAttributesInOneElementAndInTotal) {
    InputLimits limits;
    limits.max_attributes_per_element = 2;
    limits.max_attributes = 4;
    const auto found = messages(
        check_inventory_text("<a p='1' q='2'><b r='3' s='4' t='5'/></a>", "n.xml", limits));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].substr(0, 57), "n.xml:1:31: error: this element has more than 2 attribute");
    EXPECT_EQ(found[1].substr(0, 59), "n.xml:1:31: error: the inventory has more than 4 attributes");
}

TEST(InputLimits, RefusesOverlongNames) {
    InputLimits limits;
    limits.max_name_length = 6;
    EXPECT_TRUE(check_inventory_text("<server abcdef='1'/>", "l.xml", limits).empty());
    const auto found = messages(check_inventory_text("<server abcdefg='1'/>", "l.xml", limits));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].substr(0, 50), "l.xml:1:9: error: this name is 7 characters long, ");
}

TEST(InputLimits, RefusesTextLargerThanTheLimit) {
    InputLimits limits;
    limits.max_file_bytes = 4;
    EXPECT_EQ(messages(check_inventory_text("<a/>\n", "s.xml", limits)),
              std::vector<std::string>{
                  "s.xml: error: the file is 1 MiB, larger than the 0 MiB an inventory may be "
                  "(1,000,000 servers take about 250 MB); check that this is the right file"});
}

TEST(InputLimits, RefusesEncodingProblemsWithTheirLocation) {
    using namespace std::string_literals;
    EXPECT_EQ(messages(check_inventory_text("<a>\n <b x='\xE9t\xE9'/></a>", "u.xml")),
              std::vector<std::string>{"u.xml:2:8: error: the file contains the byte 0xE9, which "
                                       "is not valid UTF-8 (save the inventory as UTF-8)"});
    EXPECT_EQ(messages(check_inventory_text("<a>\0</a>"s, "u.xml")),
              std::vector<std::string>{"u.xml:1:4: error: the file contains a NUL byte, which a "
                                       "text file never has (is this the right file?)"});
    EXPECT_EQ(messages(check_inventory_text("<a name='\x1b[2J'/>", "u.xml")),
              std::vector<std::string>{"u.xml:1:10: error: the file contains the control "
                                       "character U+001B, which an inventory may not contain "
                                       "(remove it)"});
    EXPECT_TRUE(check_inventory_text("\xEF\xBB\xBF<a name='Z\xC3\xBCrich \xE2\x82\xAC'/>", "u.xml").empty());
}

TEST(InputLimits, RefusesCharacterReferencesToControlCharacters) {
    const LoadResult result =
        load_inventory_text("<inventory format='1'>\n<organization name='a&#x1b;b'/></inventory>", "r.xml");
    EXPECT_EQ(messages(result.diagnostics),
              std::vector<std::string>{
                  "r.xml:2:15: error: attribute 'name' has a character reference (&#...;) to a "
                  "control character or to a number that is not a Unicode character; remove it"});
    EXPECT_EQ(load_inventory_text("<inventory a='&#xD800;'/>", "r.xml").diagnostics.size(), 1u);
    EXPECT_EQ(load_inventory_text("<inventory a='&#xFFFFFFFF;'/>", "r.xml").diagnostics.size(), 1u);
}

TEST(InputLimits, RefusesReferencesXmlDoesNotDefine) {
    EXPECT_EQ(messages(check_inventory_text("<a name='O&bogus;'>\n<b name='R&D'/></a>", "e.xml")),
              (std::vector<std::string>{
                  "e.xml:1:11: error: unknown entity '&bogus;' (XML knows only &amp; &lt; &gt; "
                  "&quot; &apos; and character references such as &#233;); write a plain & as &amp;",
                  "e.xml:2:11: error: a bare '&', which XML does not allow; write it as &amp;"}));
    // The five XML defines, character references, and '&' where it is plain text are fine.
    EXPECT_TRUE(check_inventory_text("<a n='&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;'><!-- R&D --><?pi &?>"
                                     "<![CDATA[&]]></a>",
                                     "e.xml")
                    .empty());
    EXPECT_EQ(check_inventory_text("<a n='&#;'/>", "e.xml").size(), 1u);
    EXPECT_EQ(check_inventory_text("<a n='&#x;'/>", "e.xml").size(), 1u);
}

TEST(InputLimits, ManyUndefinedReferencesAreCountedAfterTheFirstTwenty) {
    std::string text = "<a>\n";
    for (int i = 0; i < 25; ++i) text += "<b n='R&D'/>\n";
    const auto found = messages(check_inventory_text(text + "</a>", "e.xml"));
    ASSERT_EQ(found.size(), 21u);
    EXPECT_EQ(found[19], "e.xml:21:8: error: a bare '&', which XML does not allow; write it as &amp;");
    EXPECT_EQ(found[20], "e.xml:22:8: error: this '&' and 4 more after it start no reference XML "
                         "knows (only the first 20 are listed); write each plain & as &amp;");
}

TEST(InputLimits, RefusesALessThanSignInAnAttributeValue) {
    EXPECT_EQ(messages(check_inventory_text("<a>\n<b name='R<D'/></a>", "e.xml")),
              (std::vector<std::string>{"e.xml:2:11: error: the value of attribute 'name' has a '<', "
                                        "which XML does not allow in a value; write it as &lt;"}));
    EXPECT_EQ(messages(check_inventory_text("<a n='<'>\n<b v=\"x<y\" w='<'/></a>", "e.xml")),
              (std::vector<std::string>{"e.xml:1:7: error: the value of attribute 'n' has a '<', "
                                        "which XML does not allow in a value; write it as &lt; "
                                        "(2 more attribute values have one)"}));
    EXPECT_TRUE(check_inventory_text("<a n='&lt;'><!-- <b v='<'/> --></a>", "e.xml").empty());
    // A value counts once however many it has; the other quote is plain text inside a value.
    EXPECT_EQ(messages(check_inventory_text("<a v=\"'<b<c\" w='\"' x=\"<\"/>", "e.xml")),
              (std::vector<std::string>{"e.xml:1:8: error: the value of attribute 'v' has a '<', "
                                        "which XML does not allow in a value; write it as &lt; "
                                        "(1 more attribute value has one)"}));
}

TEST(InputLimits, ReferenceErrorsComeInFileOrderWithTheOthers) {
    const std::string long_value(5000, 'x');
    const auto found = messages(check_inventory_text("<a n='&x;'>\n<b v='" + long_value + "'/></a>", "e.xml"));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].starts_with("e.xml:1:7: error: unknown entity '&x;'")) << found[0];
    EXPECT_TRUE(found[1].starts_with("e.xml:2:")) << found[1];
}

TEST(InputLimits, ProcessingInstructionsAreIgnoredNotRun) {
    EXPECT_TRUE(check_inventory_text("<?xml-stylesheet href='file:///etc/passwd'?><a/>", "p.xml").empty());
}

class ReadInventoryBytes : public ::testing::Test {
protected:
    testing::ScratchFolder scratch_{"read_inventory_bytes"};
    std::filesystem::path dir_ = scratch_.path();
};

TEST_F(ReadInventoryBytes, RefusesAFileLargerThanTheLimitBeforeReadingIt) {
    const std::string path = (dir_ / "big.xml").string();
    std::ofstream(path) << std::string(3 * 1024 * 1024, ' ');
    InputLimits limits;
    limits.max_file_bytes = 2 * 1024 * 1024;
    const InventoryBytes bytes = read_inventory_bytes(path, limits);
    ASSERT_TRUE(bytes.error);
    EXPECT_EQ(bytes.error->message.substr(0, 48), "the file is 3 MiB, larger than the 2 MiB an inve");
    EXPECT_TRUE(bytes.text.empty());
}

TEST_F(ReadInventoryBytes, CutsOffADeviceThatNeverEnds) {
    InputLimits limits;
    limits.max_file_bytes = 1024 * 1024;
    const InventoryBytes bytes = read_inventory_bytes("/dev/zero", limits);
    ASSERT_TRUE(bytes.error);
    EXPECT_EQ(bytes.error->message.substr(0, 41), "the file is larger than the 1 MiB an inve");
}

TEST_F(ReadInventoryBytes, RefusesAFolderAndAMissingFile) {
    EXPECT_TRUE(read_inventory_bytes(dir_.string()).error);
    EXPECT_TRUE(read_inventory_bytes((dir_ / "missing.xml").string()).error);
}

TEST_F(ReadInventoryBytes, ReadsAnOrdinaryFileWhole) {
    const std::string path = (dir_ / "ok.xml").string();
    std::ofstream(path) << "<inventory/>\n";
    const InventoryBytes bytes = read_inventory_bytes(path);
    EXPECT_FALSE(bytes.error);
    EXPECT_EQ(bytes.text, "<inventory/>\n");
}

}  // namespace
}  // namespace upgrade_risk::inventory
