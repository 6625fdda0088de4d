#pragma once

#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// Inventory text made inert in Markdown: backslash-escapes the characters that would start
/// emphasis, code, links, HTML, entities or a table cell (|), and folds line breaks to spaces.
std::string markdown_escape(std::string_view text);

/// An inventory name as the Markdown report shows it: cut at kMarkdownNameAtMost characters
/// (reports/markdown_limits.h), escaped.
std::string markdown_name(std::string_view name);

/// A sentence or a path (which may hold long names) as the Markdown report shows it: cut at
/// kMarkdownTextAtMost characters, escaped.
std::string markdown_text(std::string_view text);

/// `text` as a code span, its line breaks as spaces, fenced by more backticks than it holds.
std::string code_span(std::string_view text);

}  // namespace upgrade_risk::reports
