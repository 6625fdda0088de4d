#include "inventory/entity_references.h"

#include <array>
#include <cctype>

#include "inventory/byte_words.h"
#include "inventory/xml_lexical.h"

namespace upgrade_risk::inventory {

namespace {

using xml_lexical::kLiteralMarkup;

constexpr std::array<std::string_view, 5> kPredefined{"amp;", "lt;", "gt;", "quot;", "apos;"};

/// The length of a valid reference after its '&' ("amp;", "#233;", "#xE9;"), or 0.
std::size_t reference_length(std::string_view rest) {
    for (const auto name : kPredefined) {
        if (rest.starts_with(name)) return name.size();
    }
    if (!rest.starts_with('#')) return 0;
    const bool hex = rest.size() > 1 && rest[1] == 'x';
    std::size_t i = hex ? 2 : 1;
    const std::size_t first_digit = i;
    while (i < rest.size() && (hex ? std::isxdigit(static_cast<unsigned char>(rest[i]))
                                   : std::isdigit(static_cast<unsigned char>(rest[i])))) {
        ++i;
    }
    return i > first_digit && i < rest.size() && rest[i] == ';' ? i + 1 : 0;
}

/// "&bogus;" when a name and ';' follow the '&' closely, otherwise empty.
std::string_view entity_name(std::string_view rest) {
    std::size_t i = 0;
    while (i < rest.size() && i < 32 &&
           (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '_' || rest[i] == '-' ||
            rest[i] == '.' || rest[i] == ':')) {
        ++i;
    }
    return i > 0 && i < rest.size() && rest[i] == ';' ? rest.substr(0, i + 1) : std::string_view();
}

/// The offset of the first '<' or '&' at or after `at`, or npos (the standard find_first_of
/// looks each byte up in the set, a call per byte of the file).
std::size_t next_markup_or_reference(std::string_view text, std::size_t at) {
    at = byte_words::find_first<0, '<', '&'>(text, at);
    return at < text.size() ? at : std::string_view::npos;
}

}  // namespace

UndefinedReferences find_undefined_references(std::string_view text, std::size_t listed) {
    UndefinedReferences found;
    std::size_t at = 0;
    while ((at = next_markup_or_reference(text, at)) != std::string_view::npos) {
        if (text[at] == '<') {
            // Most '<' open a tag: only "<!" and "<?" can start a part where '&' is text.
            if (at + 1 < text.size() && text[at + 1] != '!' && text[at + 1] != '?') {
                ++at;
                continue;
            }
            std::size_t skip_to = at + 1;
            for (const auto& [open, close] : kLiteralMarkup) {
                if (!text.substr(at).starts_with(open)) continue;
                const auto end = text.find(close, at + open.size());
                skip_to = end == std::string_view::npos ? text.size() : end + close.size();
                break;
            }
            at = skip_to;
            continue;
        }
        const std::string_view rest = text.substr(at + 1);
        if (const auto length = reference_length(rest); length > 0) {
            at += 1 + length;
            continue;
        }
        if (found.count++ < listed) {
            const auto name = entity_name(rest);
            found.listed.push_back(
                {at, name.empty()
                         ? std::string("a bare '&', which XML does not allow; write it as &amp;")
                         : "unknown entity '&" + std::string(name) +
                               "' (XML knows only &amp; &lt; &gt; &quot; &apos; and character "
                               "references such as &#233;); write a plain & as &amp;"});
        } else if (found.count == listed + 1) {
            found.first_unlisted = at;
        }
        ++at;
    }
    return found;
}

}  // namespace upgrade_risk::inventory
