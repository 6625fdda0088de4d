#include "inventory/xml_document.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

#include <pugixml.hpp>

#include "inventory/tree_memory.h"
#include "inventory/xml_syntax_error.h"

namespace upgrade_risk::inventory {

namespace {
// Before main, so no pugixml page is ever allocated by other functions than the ones that free it.
[[maybe_unused]] const bool kTreeMemoryInstalled = install_tree_memory();

/// Hands the whole memory pages between `begin` and `end` back to the system (they read as
/// zeros if touched again, and cost no memory until then); returns where the bytes it kept
/// before `end` start.
const char* discard_pages(const char* begin, const char* end) {
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const std::uintptr_t first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page;
    const std::uintptr_t last = reinterpret_cast<std::uintptr_t>(end) / page * page;
    if (first >= last) return begin;
    // Best effort: where the system refuses, the pages simply stay.
    madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
    return begin + (last - reinterpret_cast<std::uintptr_t>(begin));
}
}  // namespace

XmlDocument::XmlDocument(std::string text, std::string path)
    : text_(std::move(text)), path_(std::move(path)), lines_(text_),
      document_(std::make_unique<pugi::xml_document>()) {
    find_stray_text();
    // Looked for before the in-place parse decodes them.
    has_character_references_ = text_.find("&#") != std::string::npos;
    // parse_default without DOCTYPE handling: entities are never expanded.
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
    const pugi::xml_parse_result result =
        document_->load_buffer_inplace(text_.data(), text_.size(), options, pugi::encoding_utf8);
    ok_ = static_cast<bool>(result);
    status_ = result.status;
    error_offset_ = result.offset;
}

XmlDocument::~XmlDocument() = default;

pugi::xml_node XmlDocument::root() const { return document_->document_element(); }

bool XmlDocument::in_text(const char* at) const {
    return at >= text_.data() && at < text_.data() + text_.size();
}

const char* XmlDocument::start_in_text(pugi::xml_node node) const {
    // An element's name, or a text node's value, where the in-place parse left it.
    const char* start = node.type() == pugi::node_element ? node.name() : node.value();
    return in_text(start) ? start : nullptr;
}

void XmlDocument::release(pugi::xml_node node) {
    // The parse was in place: the node's names and values are its part of the text, which runs
    // to where its next sibling starts (the last child keeps its part, its end is not recorded).
    const char* const begin = start_in_text(node);
    const pugi::xml_node next = node.next_sibling();
    const char* const end = next ? start_in_text(next) : nullptr;
    node.parent().remove_child(node);
    if (!begin || !end || end <= begin) return;
    // A site's text is about a page: the parts of siblings released one after the other are
    // discarded as one run, or most of each would sit in a page shared with its neighbours.
    kept_from_ = discard_pages(released_until_ == begin ? kept_from_ : begin, end);
    released_until_ = end;
}

Diagnostic XmlDocument::error(std::optional<std::string_view> original) const {
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, error_offset_));
    pugi::xml_parse_result result;
    result.status = static_cast<pugi::xml_parse_status>(status_);
    const SyntaxError described =
        original ? describe_syntax_error(*original, result.status, offset,
                                         [this](std::size_t at) { return location_at(at); })
                 : SyntaxError{offset, result.description()};
    return Diagnostic{DiagnosticSeverity::error, path_, location_at(described.offset),
                      "XML syntax error: " + described.message};
}

void XmlDocument::find_stray_text() {
    constexpr std::string_view kBlank = " \t\r\n";
    constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    const std::size_t start = text_.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
    const std::size_t first_markup = text_.find('<', start);
    const std::size_t leading = text_.find_first_not_of(kBlank, start);
    if (leading != std::string::npos && leading < first_markup) {
        stray_text_ = location_at(leading);
        return;
    }
    const std::size_t last_markup = text_.rfind('>');
    if (last_markup == std::string::npos) return;
    const std::size_t trailing = text_.find_first_not_of(kBlank, last_markup + 1);
    if (trailing != std::string::npos) stray_text_ = location_at(trailing);
}

SourceLocation XmlDocument::location_at(std::size_t offset) const { return lines_.locate(offset); }

SourceLocation XmlDocument::location_of(pugi::xml_node node) const {
    // The element's name follows its '<'; report the '<' like a compiler would.
    const char* name = node.name();
    if (!in_text(name)) return {};
    const auto offset = static_cast<std::size_t>(name - text_.data());
    return location_at(offset > 0 ? offset - 1 : 0);
}

SourceLocation XmlDocument::location_of(pugi::xml_attribute attribute) const {
    const char* name = attribute.name();
    if (!in_text(name)) return {};
    return location_at(static_cast<std::size_t>(name - text_.data()));
}

SourceLocation XmlDocument::location_of_text(pugi::xml_node text) const {
    const char* value = text.value();
    if (!in_text(value)) return {};
    while (*value == ' ' || *value == '\t' || *value == '\r' || *value == '\n') ++value;
    return location_at(static_cast<std::size_t>(value - text_.data()));
}

}  // namespace upgrade_risk::inventory
