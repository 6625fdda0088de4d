#include "inventory/rollout_span.h"

#include "inventory/xml_lexical.h"

namespace upgrade_risk::inventory {
namespace {

/// The position after the markup that starts at `at` (a '<'): a comment, CDATA section,
/// processing instruction, declaration or tag, quoted attribute values skipped.
std::size_t skip_markup(std::string_view text, std::size_t at) {
    const auto after = [&](std::string_view closing) {
        const std::size_t found = text.find(closing, at);
        return found == std::string_view::npos ? text.size() : found + closing.size();
    };
    for (const auto& [opening, closing] : xml_lexical::kLiteralMarkup) {
        if (text.compare(at, opening.size(), opening) == 0) return after(closing);
    }
    char quote = 0;
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return text.size();
}

std::string indent_before(std::string_view text, std::size_t at) {
    std::size_t line = at;
    while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t')) --line;
    if (line > 0 && text[line - 1] != '\n') return {};  // not alone at the start of its line
    return std::string(text.substr(line, at - line));
}

}  // namespace

RolloutSpan find_rollout(std::string_view text) {
    RolloutSpan span;
    if (text.find("\r\n") != std::string_view::npos) span.newline = "\r\n";
    int depth = 0;
    std::size_t rollout_depth_start = std::string_view::npos;
    std::size_t first_child = std::string_view::npos;
    for (std::size_t i = text.find('<'); i < text.size(); i = text.find('<', i)) {
        const std::size_t next = skip_markup(text, i);
        const bool special = text.compare(i, 2, "<!") == 0 || text.compare(i, 2, "<?") == 0;
        if (special) {
            i = next;
            continue;
        }
        const bool closing = text[i + 1] == '/';
        const bool empty = next >= 2 && text[next - 2] == '/';
        if (closing) {
            --depth;
            if (rollout_depth_start != std::string_view::npos && depth == 1) {
                span.end = next;
                span.found = true;
                return span;
            }
            if (depth == 0) {  // </inventory>: no rollout
                span.begin = span.end = i - indent_before(text, i).size();
                return span;
            }
        } else {
            if (depth == 1 && first_child == std::string_view::npos) {
                first_child = i;
                span.indent = indent_before(text, i);
                span.unit = span.indent.empty() ? "  " : span.indent;
            }
            if (depth == 1 && text.compare(i + 1, 7, "rollout") == 0 && i + 8 < text.size() &&
                xml_lexical::ends_name(text[i + 8])) {
                span.begin = i;
                span.indent = indent_before(text, i);
                rollout_depth_start = i;
                if (empty) {
                    span.end = next;
                    span.found = true;
                    return span;
                }
            }
            if (!empty) ++depth;
        }
        i = next;
    }
    span.begin = span.end = text.size();
    return span;
}

std::string replace_rollout(std::string_view text, const RolloutSpan& span, std::string_view rollout) {
    std::string out;
    out.reserve(text.size() + rollout.size() + span.indent.size() + 1);
    out += text.substr(0, span.begin);
    if (!span.found) out += span.indent;
    out += rollout;
    if (!span.found) out += span.newline;
    out += text.substr(span.end);
    return out;
}

}  // namespace upgrade_risk::inventory
