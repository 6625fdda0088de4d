#include "inventory/input_limits.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <pugixml.hpp>

#include "inventory/byte_words.h"
#include "inventory/entity_references.h"
#include "inventory/line_table.h"
#include "inventory/number_text.h"
#include "inventory/text_encoding.h"
#include "inventory/xml_document.h"
#include "inventory/xml_lexical.h"

namespace upgrade_risk::inventory {
namespace {

constexpr std::size_t kMiB = 1024 * 1024;
/// Undefined references named one by one; the rest are counted.
constexpr std::size_t kListedReferences = 20;

/// The error for a file over the size limit; `bytes` is 0 when the size is unknown (a pipe).
Diagnostic too_large(const std::string& path, std::size_t bytes, const InputLimits& limits) {
    const std::string size = bytes > 0 ? number_text((bytes + kMiB - 1) / kMiB) + " MiB, " : "";
    return Diagnostic{DiagnosticSeverity::error, path, {},
                      "the file is " + size + "larger than the " +
                          number_text(limits.max_file_bytes / kMiB) +
                          " MiB an inventory may be (1,000,000 servers take about 250 MB); "
                          "check that this is the right file"};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Walks the markup without building a tree, so counts and nesting are checked before the
/// parser allocates anything for them. It only needs to be right for well-formed XML: on
/// broken markup it may miscount, and the parser then reports the syntax error itself.
class MarkupScan {
public:
    MarkupScan(std::string_view text, const InputLimits& limits) : text_(text), limits_(limits) {}

    /// Runs the scan; returns (offset, message) for the first problem of each kind.
    std::vector<std::pair<std::size_t, std::string>> run() {
        std::size_t pos = 0;
        while ((pos = text_.find('<', pos)) != std::string_view::npos) {
            // Most markup is start tags: only '!', '?' and '/' start anything else.
            const char next = pos + 1 < text_.size() ? text_[pos + 1] : '\0';
            if (next != '!' && next != '?' && next != '/') {
                pos = start_tag(pos);
                continue;
            }
            const std::string_view rest = text_.substr(pos);
            if (rest.starts_with("<!--")) {
                pos = skip_past(pos + 4, "-->");
            } else if (rest.starts_with("<![CDATA[")) {
                pos = skip_past(pos + 9, "]]>");
            } else if (rest.starts_with("<!DOCTYPE")) {
                report(Kind::doctype, pos,
                       "DOCTYPE declarations are not allowed in an inventory (entities are "
                       "never expanded); remove it");
                break;  // Nothing after an internal subset can be trusted to be markup.
            } else if (rest.starts_with("<?")) {
                pos = skip_past(pos + 2, "?>");  // Processing instructions are ignored, never run.
            } else if (rest.starts_with("</")) {
                depth_ -= depth_ > 0 ? 1 : 0;
                pos = skip_past(pos + 2, ">");
            } else {
                pos += 2;  // Another "<!": the parser says what is wrong with it.
            }
        }
        if (values_with_less_than_ > 1) {
            const std::size_t more = values_with_less_than_ - 1;
            found_[first_less_than_].second += " (" + number_text(more) +
                                               (more == 1 ? " more attribute value has one)"
                                                          : " more attribute values have one)");
        }
        std::stable_sort(found_.begin(), found_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        return found_;
    }

private:
    enum class Kind { doctype, depth, elements, attributes, per_element, name, value, less_than, count };

    void report(Kind kind, std::size_t offset, std::string message) {
        auto& done = reported_[static_cast<std::size_t>(kind)];
        if (done) return;
        done = true;
        found_.emplace_back(offset, std::move(message));
    }

    std::size_t skip_past(std::size_t from, std::string_view terminator) const {
        const std::size_t end = text_.find(terminator, from);
        return end == std::string_view::npos ? text_.size() : end + terminator.size();
    }

    /// Reads a name starting at `pos`, checks its length; returns where it ends.
    std::size_t name(std::size_t pos) {
        const std::size_t start = pos;
        pos = xml_lexical::name_end(text_, pos);  // The text passed find_bad_character.
        if (pos - start > limits_.max_name_length) {
            report(Kind::name, start,
                   "this name is " + std::to_string(pos - start) + " characters long, more than "
                   "the " + std::to_string(limits_.max_name_length) +
                       " an element or attribute name may be; inventory names are short words "
                       "like 'server'");
        }
        return pos;
    }

    std::size_t skip_spaces(std::size_t pos) const {
        while (pos < text_.size() && is_space(text_[pos])) ++pos;
        return pos;
    }

    /// Checks one start tag beginning with '<' at `pos`; returns the offset after it.
    std::size_t start_tag(std::size_t pos) {
        if (++elements_ > limits_.max_elements) {
            report(Kind::elements, pos,
                   "the inventory has more than " + number_text(limits_.max_elements) +
                       " elements, the most it may have (1,000,000 servers need about "
                       "4,000,000); check that this is the right file");
        }
        if (depth_ + 1 > limits_.max_depth) {
            report(Kind::depth, pos,
                   "elements are nested more than " + std::to_string(limits_.max_depth) +
                       " deep here, the most an inventory may have (a real one nests 5 deep); "
                       "look for elements that are never closed");
        }
        pos = name(pos + 1);
        std::size_t attributes_here = 0;
        while (true) {
            pos = skip_spaces(pos);
            if (pos >= text_.size()) return pos;
            if (text_[pos] == '>') break;
            if (text_.substr(pos).starts_with("/>")) return pos + 2;
            const std::size_t attribute_start = pos;
            pos = name(pos);
            const std::string_view attribute_name =
                text_.substr(attribute_start, std::min<std::size_t>(pos - attribute_start, 64));
            pos = skip_spaces(pos);
            if (pos >= text_.size() || text_[pos] != '=') return pos + 1;  // Broken: the parser says why.
            pos = skip_spaces(pos + 1);
            if (pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return pos + 1;
            const std::size_t value_end = text_[pos] == '"' ? value(attribute_name, pos + 1, next_in_double)
                                                            : value(attribute_name, pos + 1, next_in_single);
            if (value_end == text_.size()) return text_.size();
            count_attribute(attribute_start, attribute_name, ++attributes_here, value_end - pos - 1);
            pos = value_end + 1;
        }
        ++depth_;
        return pos + 1;
    }

    void count_attribute(std::size_t offset, std::string_view attribute_name, std::size_t in_element,
                         std::size_t value_length) {
        if (in_element > limits_.max_attributes_per_element) {
            report(Kind::per_element, offset,
                   "this element has more than " + std::to_string(limits_.max_attributes_per_element) +
                       " attributes, the most one may have (inventory elements have at most 8)");
        }
        if (++attributes_ > limits_.max_attributes) {
            report(Kind::attributes, offset,
                   "the inventory has more than " + number_text(limits_.max_attributes) +
                       " attributes, the most it may have; check that this is the right file");
        }
        if (value_length > limits_.max_attribute_length) {
            report(Kind::value, offset,
                   "the value of attribute '" + std::string(attribute_name) + "' is " +
                       number_text(value_length) + " bytes long, more than the " +
                       number_text(limits_.max_attribute_length) +
                       " an attribute value may be; shorten it");
        }
    }

    /// Where an attribute value in double quotes, or in single quotes, next has its quote or a '<'.
    static constexpr auto next_in_double = byte_words::find_first<0, '"', '<'>;
    static constexpr auto next_in_single = byte_words::find_first<0, '\'', '<'>;

    /// Reads the attribute value starting at `begin`, up to the quote `next_stop` stops at
    /// besides '<'; returns the quote's offset (text_.size() when it is missing). XML does not
    /// allow '<' in an attribute value, which pugixml would take as text.
    std::size_t value(std::string_view attribute_name, std::size_t begin,
                      std::size_t (*next_stop)(std::string_view, std::size_t)) {
        std::size_t end = next_stop(text_, begin);
        if (end < text_.size() && text_[end] == '<') {
            if (values_with_less_than_++ == 0) first_less_than_ = found_.size();
            report(Kind::less_than, end,
                   "the value of attribute '" + std::string(attribute_name) +
                       "' has a '<', which XML does not allow in a value; write it as &lt;");
            while (end < text_.size() && text_[end] == '<') end = next_stop(text_, end + 1);
        }
        return end;
    }

    std::string_view text_;
    const InputLimits& limits_;
    std::size_t depth_ = 0;
    std::size_t elements_ = 0;
    std::size_t attributes_ = 0;
    std::array<bool, static_cast<std::size_t>(Kind::count)> reported_{};
    std::vector<std::pair<std::size_t, std::string>> found_;
    std::size_t values_with_less_than_ = 0;
    std::size_t first_less_than_ = 0;  ///< Index in found_ of the first value with a '<'.
};

}  // namespace

std::string inventory_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

bool append_stream(std::istream& in, std::string& text, std::size_t limit) {
    std::array<char, 64 * 1024> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > limit) return false;
    }
    return true;
}

InventoryBytes read_inventory_bytes(const std::string& path, const InputLimits& limits) {
    namespace fs = std::filesystem;
    InventoryBytes bytes;
    const std::string name = inventory_name(path);
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
        bytes.error = Diagnostic{DiagnosticSeverity::error, name, {},
                                 "this is a folder, not an inventory file; give the path of the "
                                 "inventory XML file (e.g. " + (fs::path(path) / "inventory.xml").string() + ")"};
        return bytes;
    }
    std::ifstream file;
    if (path != "-") file.open(path, std::ios::binary);
    std::istream& in = path == "-" ? std::cin : file;
    if (!in || (path != "-" && !file.is_open())) {
        bytes.error = Diagnostic{DiagnosticSeverity::error, name, {},
                                 "cannot open the inventory file (check the path and that you "
                                 "may read it)"};
        return bytes;
    }
    // Regular files are measured before reading; pipes and devices are cut off at the limit.
    const auto size = path == "-" ? std::uintmax_t{0} : fs::file_size(path, ec);
    if (path != "-" && !ec && size > limits.max_file_bytes) {
        bytes.error = too_large(name, size, limits);
        return bytes;
    }
    if (path != "-" && !ec) bytes.text.reserve(size);
    if (!append_stream(in, bytes.text, limits.max_file_bytes)) {
        bytes.text.clear();
        bytes.error = too_large(name, 0, limits);
        return bytes;
    }
    if (in.bad()) {
        bytes.error = Diagnostic{DiagnosticSeverity::error, name, {},
                                 "could not read the whole inventory file (a disk or network error)"};
    }
    return bytes;
}

std::vector<Diagnostic> check_inventory_text(std::string_view text, const std::string& path,
                                             const InputLimits& limits) {
    const auto error = [&](std::size_t offset, std::string message) {
        return std::vector<Diagnostic>{
            Diagnostic{DiagnosticSeverity::error, path, LineTable{text}.locate(offset), std::move(message)}};
    };
    if (text.size() > limits.max_file_bytes) {
        return {too_large(path, text.size(), limits)};
    }
    if (const auto bad = find_bad_character(text)) {
        return error(bad->offset, "the file contains " + bad->description);
    }
    std::vector<std::pair<std::size_t, std::string>> problems = MarkupScan{text, limits}.run();
    // With a DOCTYPE (refused above) a reference may name one of its entities: no second error.
    if (text.find("<!DOCTYPE") == std::string_view::npos) {
        UndefinedReferences references = find_undefined_references(text, kListedReferences);
        for (auto& reference : references.listed) {
            problems.emplace_back(reference.offset, std::move(reference.message));
        }
        if (references.count > references.listed.size()) {
            problems.emplace_back(
                references.first_unlisted,
                "this '&' and " + number_text(references.count - references.listed.size() - 1) +
                    " more after it start no reference XML knows (only the first " +
                    number_text(kListedReferences) + " are listed); write each plain & as &amp;");
        }
    }
    if (problems.empty()) return {};
    // Located with one table: counting lines from the start for each took minutes for a file
    // with a problem on every line.
    const LineTable lines{text};
    std::vector<Diagnostic> diagnostics;
    for (auto& [offset, message] : problems) {
        diagnostics.push_back(
            Diagnostic{DiagnosticSeverity::error, path, lines.locate(offset), std::move(message)});
    }
    // Both lists are in file order; the user reads them as one.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    return diagnostics;
}

std::vector<Diagnostic> check_inventory_tree(const XmlDocument& document) {
    std::vector<Diagnostic> diagnostics;
    const auto error = [&](SourceLocation location, std::string message) {
        diagnostics.push_back(
            Diagnostic{DiagnosticSeverity::error, document.path(), location, std::move(message)});
    };
    const pugi::xml_node root = document.root();
    // Character references (&#...;) are decoded by the parser, so what they decode to is
    // checked here: only the first bad value is reported, a hostile file may have millions.
    // The raw text was checked before parsing, so without references there is nothing to find.
    if (!root || !document.has_character_references()) return diagnostics;
    for (pugi::xml_node node = root; node;) {
        for (const pugi::xml_attribute attribute : node.attributes()) {
            if (find_bad_character(attribute.value())) {
                error(document.location_of(attribute),
                      "attribute '" + std::string(attribute.name()) +
                          "' has a character reference (&#...;) to a control character or to a "
                          "number that is not a Unicode character; remove it");
                return diagnostics;
            }
        }
        if (node.type() == pugi::node_pcdata && find_bad_character(node.value())) {
            error(document.location_of_text(node),
                  "text has a character reference (&#...;) to a control character or to a number "
                  "that is not a Unicode character; remove it");
            return diagnostics;
        }
        if (node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node && node != root && !node.next_sibling()) node = node.parent();
        node = node == root ? pugi::xml_node{} : node.next_sibling();
    }
    return diagnostics;
}

}  // namespace upgrade_risk::inventory
