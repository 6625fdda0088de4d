#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "inventory/diagnostic.h"
#include "inventory/line_table.h"
#include "inventory/source_location.h"

// pugixml stays private to inventory/: callers outside it (tests, the benchmark) see only
// these names, and the .cpp files that walk the tree include <pugixml.hpp> themselves.
namespace pugi {
class xml_attribute;
class xml_document;
class xml_node;
}  // namespace pugi

namespace upgrade_risk::inventory {

/// A parsed XML file that can tell the line and column of any element or attribute.
/// pugixml parses the buffer in place, so every name points into `text_`; the distance
/// from the buffer's start is the byte offset, which the line table turns into line:col.
class XmlDocument {
public:
    /// Parses `text`; on a syntax error, `error()` says where and what.
    XmlDocument(std::string text, std::string path);
    ~XmlDocument();
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    [[nodiscard]] bool ok() const { return ok_; }
    /// The syntax error, in the words of xml_syntax_error.h when `original` holds the text as
    /// it was before the in-place parse changed it; in pugixml's own words without it.
    [[nodiscard]] Diagnostic error(std::optional<std::string_view> original) const;
    [[nodiscard]] pugi::xml_node root() const;
    [[nodiscard]] const std::string& path() const { return path_; }
    /// Where text outside the root element starts, if there is any: XML forbids it, but
    /// pugixml drops it silently.
    [[nodiscard]] std::optional<SourceLocation> stray_text() const { return stray_text_; }

    [[nodiscard]] SourceLocation location_of(pugi::xml_node node) const;
    [[nodiscard]] SourceLocation location_of(pugi::xml_attribute attribute) const;
    /// Where the text of a text or CDATA node starts, ignoring leading white space.
    [[nodiscard]] SourceLocation location_of_text(pugi::xml_node text) const;
    [[nodiscard]] SourceLocation location_at(std::size_t offset) const;

    /// Removes `node` and everything in it from the tree, freeing their memory, and hands back
    /// the pages of the text only they pointed into (up to the next sibling): a large
    /// inventory's text is a quarter of its load's peak, which is reached while the model
    /// grows as the tree shrinks. Every location stays (the line table keeps what it needs).
    /// Nothing may read a released node's names or values again.
    void release(pugi::xml_node node);

    /// False when the text has no character reference (&#...;), so the parser decoded none.
    [[nodiscard]] bool has_character_references() const { return has_character_references_; }

private:
    void find_stray_text();
    /// Whether `at` points into the text (names and values of the in-place parse do; pugixml's
    /// own empty strings do not).
    [[nodiscard]] bool in_text(const char* at) const;
    /// Where `node`'s part of the text starts, or nullptr when it has none there.
    [[nodiscard]] const char* start_in_text(pugi::xml_node node) const;

    std::string text_;
    std::string path_;
    LineTable lines_;
    std::unique_ptr<pugi::xml_document> document_;
    bool ok_ = false;
    bool has_character_references_ = false;
    int status_ = 0;                ///< pugi::xml_parse_status of the parse.
    std::ptrdiff_t error_offset_ = 0;  ///< Where the parser stopped, on an error.
    std::optional<SourceLocation> stray_text_;
    /// The released text: where the last released node's part ends, and where the part of that
    /// run still held starts (release()).
    const char* released_until_ = nullptr;
    const char* kept_from_ = nullptr;
};

}  // namespace upgrade_risk::inventory
