#include "reports/markdown_text.h"

#include <algorithm>

#include "reports/markdown_limits.h"

namespace upgrade_risk::reports {
namespace {

/// True at the ':' of "scheme://" and the '.' of "www.", where GitHub-flavoured Markdown would
/// turn inventory text into a link ('@' of an e-mail address is escaped always).
bool starts_autolink(std::string_view text, std::size_t i) {
    if (text[i] == ':') return text.substr(i + 1, 2) == "//";
    if (text[i] != '.' || i < 3) return false;
    const auto w = [&](std::size_t at) { return text[at] == 'w' || text[at] == 'W'; };
    return w(i - 1) && w(i - 2) && w(i - 3);
}

}  // namespace

std::string markdown_escape(std::string_view text) {
    std::string escaped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (!escaped.empty() && escaped.back() != ' ') escaped += ' ';
            continue;
        }
        const bool special = std::string_view("\\`*_[]<>|~&#!@").find(c) != std::string_view::npos;
        const bool starts_block = i == 0 && std::string_view("-+=").find(c) != std::string_view::npos;
        if (special || starts_block || starts_autolink(text, i)) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string markdown_name(std::string_view name) { return markdown_escape(clip(name, kMarkdownNameAtMost)); }

std::string markdown_text(std::string_view text) { return markdown_escape(clip(text, kMarkdownTextAtMost)); }

std::string code_span(std::string_view text) {
    std::string code(text);
    std::replace_if(code.begin(), code.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    std::size_t run = 0;
    std::size_t longest = 0;
    for (const char c : code) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const char* pad = longest > 0 ? " " : "";
    return fence + pad + code + pad + fence;
}

}  // namespace upgrade_risk::reports
