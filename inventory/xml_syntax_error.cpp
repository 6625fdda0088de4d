#include "inventory/xml_syntax_error.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "inventory/xml_lexical.h"

namespace upgrade_risk::inventory {
namespace {

/// An element whose start tag was read and whose end was not, at some point of the text.
struct OpenElement {
    std::string_view name;
    std::size_t offset = 0;  ///< Of its '<'.
};

std::string_view name_at(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && !xml_lexical::ends_name(text[end])) ++end;
    return text.substr(pos, end - pos);
}

/// Where the tag that starts at `pos` ends (after its '>'), skipping quoted values; npos when
/// the text ends first.
std::size_t tag_end(std::string_view text, std::size_t pos) {
    char quote = 0;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return pos + 1;
        }
    }
    return std::string_view::npos;
}

/// The elements open just before `limit`, outermost first. Only the well-formed text before
/// the error is read, so a plain walk of the tags is enough.
std::vector<OpenElement> open_elements(std::string_view text, std::size_t limit) {
    // Comments, processing instructions and CDATA hold no tags; nor does a declaration (<!...>).
    static constexpr std::pair<std::string_view, std::string_view> kDeclaration{"<!", ">"};
    std::vector<OpenElement> open;
    std::size_t pos = 0;
    while ((pos = text.find('<', pos)) < limit) {
        const std::string_view rest = text.substr(pos);
        const std::pair<std::string_view, std::string_view>* skipped = nullptr;
        for (const auto& literal : xml_lexical::kLiteralMarkup) {
            if (!skipped && rest.starts_with(literal.first)) skipped = &literal;
        }
        if (!skipped && rest.starts_with(kDeclaration.first)) skipped = &kDeclaration;
        if (skipped) {
            const std::size_t close = text.find(skipped->second, pos + skipped->first.size());
            if (close == std::string_view::npos) break;
            pos = close + skipped->second.size();
            continue;
        }
        const std::size_t end = tag_end(text, pos);
        if (end == std::string_view::npos || end > limit) break;
        if (rest.starts_with("</")) {
            if (!open.empty()) open.pop_back();
        } else if (text[end - 2] != '/') {
            open.push_back({name_at(text, pos + 1), pos});
        }
        pos = end;
    }
    return open;
}

class Describer {
public:
    Describer(std::string_view text, std::size_t offset,
              const std::function<SourceLocation(std::size_t)>& locate)
        : text_(text), offset_(std::min(offset, text.size())), locate_(locate) {}

    std::string where(const OpenElement& element) const {
        const SourceLocation at = locate_(element.offset);
        return "<" + std::string(element.name) + "> (line " + std::to_string(at.line) + ", column " +
               std::to_string(at.column) + ")";
    }

    /// The end tag pugixml stopped at did not close the element open there, or the file ended.
    SyntaxError mismatch() const {
        const bool at_end_tag = offset_ >= 2 && text_.substr(offset_ - 2).starts_with("</");
        const std::size_t tag = at_end_tag ? offset_ - 2 : offset_;
        const auto open = open_elements(text_, at_end_tag ? tag : text_.size());
        if (open.empty()) return {tag, "this end tag closes no open element; remove it"};
        const OpenElement& innermost = open.back();
        const std::string name(innermost.name);
        if (!at_end_tag) {
            return {offset_, "the file ends while " + where(innermost) +
                                 (open.size() > 1 ? " and the " + std::to_string(open.size() - 1) +
                                                        " elements that hold it are"
                                                  : " is") +
                                 " still open: was the file cut short? Otherwise add </" + name + ">"};
        }
        const std::string_view closing = name_at(text_, offset_);
        const bool closes_an_outer_one =
            std::any_of(open.begin(), open.end() - 1,
                        [&](const OpenElement& element) { return element.name == closing; });
        return {tag, "</" + std::string(closing) + "> does not close " + where(innermost) +
                         ", still open here; " +
                         (closes_an_outer_one
                              ? "close <" + name + "> first: end its start tag with '/>' or add </" +
                                    name + "> before this"
                              : "write </" + name + "> (or remove this end tag if it is one too many)")};
    }

    /// The element whose start tag holds `offset_`, as "<server> (line 8, column 7)".
    std::optional<std::string> start_tag_here() const {
        const std::size_t open = text_.rfind('<', offset_ == 0 ? 0 : offset_ - 1);
        if (open == std::string_view::npos || text_.substr(open).starts_with("</")) return std::nullopt;
        return where({name_at(text_, open + 1), open});
    }

    /// The last `opening` before where the parser stopped (the offset itself without one).
    std::size_t last(std::string_view opening) const {
        const std::size_t found = offset_ == 0 ? std::string_view::npos : text_.rfind(opening, offset_ - 1);
        return found == std::string_view::npos ? offset_ : found;
    }

    /// `message` at the parser's offset, unless the tag there never ends: the file was cut.
    SyntaxError here_or_truncated(std::string message) const {
        const std::size_t tag = last("<");
        const bool cut = tag_end(text_, tag) == std::string_view::npos;
        return {offset_, cut ? "the file ends in the middle of a tag: was it cut short?" : std::move(message)};
    }

private:
    std::string_view text_;
    std::size_t offset_;
    const std::function<SourceLocation(std::size_t)>& locate_;
};

}  // namespace

SyntaxError describe_syntax_error(std::string_view text, pugi::xml_parse_status status,
                                  std::size_t offset,
                                  const std::function<SourceLocation(std::size_t)>& locate) {
    const Describer describe{text, offset, locate};
    switch (status) {
    case pugi::status_end_element_mismatch:
        return describe.mismatch();
    case pugi::status_bad_attribute: {
        const auto element = describe.start_tag_here();
        return describe.here_or_truncated(
            "an attribute" + (element ? " of " + *element : std::string()) +
            " is not written name=\"value\" here (the value needs quotes, and a tag ends with "
            "'>' or '/>')");
    }
    case pugi::status_bad_start_element:
        return describe.here_or_truncated("a start tag is broken here: write <name attribute=\"value\">, "
                                          "or <name/> for an empty element");
    case pugi::status_bad_end_element: {
        const std::size_t tag = describe.last("</");
        const std::string name(name_at(text, std::min(tag + 2, text.size())));
        return {tag, "this end tag is broken: write </" + name + ">, with its '>'"};
    }
    case pugi::status_unrecognized_tag:
        return describe.here_or_truncated(
            "this '<' starts no tag (a tag's name follows the '<' directly); in a value or text, "
            "write a '<' as &lt;");
    case pugi::status_bad_comment:
        return {describe.last("<!--"), "this comment is not closed with -->, or holds '--', which "
                                       "XML does not allow inside a comment"};
    case pugi::status_bad_cdata:
        return {describe.last("<![CDATA["), "this CDATA section is not closed: end it with ]]>"};
    case pugi::status_bad_pi:
        return {describe.last("<?"), "this processing instruction is broken: write <?name text?>"};
    case pugi::status_no_document_element:
        return {offset, "the file has no element: an inventory is an <inventory format=\"1\"> "
                        "element (run `upgrade-risk init` for a starting point)"};
    default: {
        pugi::xml_parse_result result;
        result.status = status;
        return {offset, result.description()};
    }
    }
}

}  // namespace upgrade_risk::inventory
