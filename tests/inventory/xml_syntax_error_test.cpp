// XML syntax errors in plain words, pointing at the tag at fault.
#include <gtest/gtest.h>

#include "inventory/xml_document.h"
#include "load_test_support.h"
#include "tests/support/scratch_folder.h"

namespace upgrade_risk::inventory {
namespace {

using Lines = std::vector<std::string>;
using testing::diagnostics_of;

constexpr std::string_view kHead = "<inventory format=\"1\">\n<organization name=\"O\">\n";

TEST(XmlSyntaxError, AnElementLeftOpenIsNamedWithWhereItStarts) {
    EXPECT_EQ(diagnostics_of(std::string(kHead) +
                             "<site name=\"A\">\n  <server name=\"S1\" version=\"4.0\">\n"
                             "  <server name=\"S2\" version=\"4.0\"/>\n</site>\n</organization>\n</inventory>"),
              Lines{"inv.xml:6:1: error: XML syntax error: </site> does not close <server> (line 4, "
                    "column 3), still open here; close <server> first: end its start tag with '/>' "
                    "or add </server> before this"});
}

TEST(XmlSyntaxError, AMisspeltEndTagIsToldTheNameItShouldHave) {
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<site name=\"A\">\n</sites>\n</organization>\n</inventory>"),
              Lines{"inv.xml:4:1: error: XML syntax error: </sites> does not close <site> (line 3, "
                    "column 1), still open here; write </site> (or remove this end tag if it is one "
                    "too many)"});
}

TEST(XmlSyntaxError, AFileCutShortSaysSo) {
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<site name=\"A\">\n"),
              Lines{"inv.xml:3:16: error: XML syntax error: the file ends while <site> (line 3, column "
                    "1) and the 2 elements that hold it are still open: was the file cut short? "
                    "Otherwise add </site>"});
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<site name=\"A"),
              Lines{"inv.xml:3:13: error: XML syntax error: the file ends in the middle of a tag: was "
                    "it cut short?"});
}

TEST(XmlSyntaxError, BrokenTagsAndCommentsPointAtTheirStart) {
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<site name=A/>\n</organization>\n</inventory>"),
              Lines{"inv.xml:3:12: error: XML syntax error: an attribute of <site> (line 3, column 1) "
                    "is not written name=\"value\" here (the value needs quotes, and a tag ends with "
                    "'>' or '/>')"});
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<site name=\"A\">\n</site\n</organization>\n</inventory>"),
              Lines{"inv.xml:4:1: error: XML syntax error: this end tag is broken: write </site>, with "
                    "its '>'"});
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "<!-- note\n</organization>\n</inventory>"),
              Lines{"inv.xml:3:1: error: XML syntax error: this comment is not closed with -->, or "
                    "holds '--', which XML does not allow inside a comment"});
    EXPECT_EQ(diagnostics_of(std::string(kHead) + "< site name=\"A\"/>\n</organization>\n</inventory>"),
              Lines{"inv.xml:3:2: error: XML syntax error: this '<' starts no tag (a tag's name "
                    "follows the '<' directly); in a value or text, write a '<' as &lt;"});
    EXPECT_EQ(diagnostics_of("<!-- nothing else -->\n"),
              Lines{"inv.xml:1:22: error: XML syntax error: the file has no element: an inventory is "
                    "an <inventory format=\"1\"> element (run `upgrade-risk init` for a starting "
                    "point)"});
}

TEST(XmlSyntaxError, AFileIsReadAgainToBeDescribed) {
    // The parse rewrites its buffer in place, so the file's own words are read again.
    upgrade_risk::testing::ScratchFolder folder("syntax-error");
    const auto path = (folder.path() / "inv.xml").string();
    upgrade_risk::testing::write_file(path, std::string(kHead) + "<site name=\"A\">\n</sites>\n");
    const LoadResult result = load_inventory_file(path);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message,
              "XML syntax error: </sites> does not close <site> (line 3, column 1), still open "
              "here; write </site> (or remove this end tag if it is one too many)");
}

TEST(XmlSyntaxError, WithoutTheOriginalTextTheParsersWordsRemain) {
    const XmlDocument document{std::string(kHead), "inv.xml"};
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error(std::nullopt).message, "XML syntax error: Start-end tags mismatch");
}

}  // namespace
}  // namespace upgrade_risk::inventory
