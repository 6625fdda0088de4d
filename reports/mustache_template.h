#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::reports {

struct MustacheTemplate;

/// One piece of a compiled template. The subset of Mustache the HTML templates use: text,
/// {{name}} (escaped), {{{name}}} and {{&name}} (not escaped), {{#name}} and {{^name}}
/// sections, {{> file}} partials and {{! comments}} (dropped when compiled).
struct MustacheNode {
    enum class Kind { text, newline, variable, raw_variable, section, inverted_section, partial };

    Kind kind = Kind::text;
    /// The bytes of text or of a newline; the name of a tag, as written (for partials the
    /// file name).
    std::string text;
    /// A tag's name split at its dots ("a.b" looks up b in a); empty for {{.}}.
    std::vector<std::string> path;
    std::vector<MustacheNode> children;         ///< A section's body.
    const MustacheTemplate* partial = nullptr;  ///< Set when the template set is linked.
    std::size_t offset = 0;                     ///< Where the tag starts in its file.
};

/// A template file compiled once: its nodes, and its path and text for the errors found later
/// (a partial that does not exist, partials that include each other).
struct MustacheTemplate {
    std::string path;
    std::string text;
    std::vector<MustacheNode> nodes;
};

/// The compiled template, or the error as `path:LINE:COL: error: broken template: ...`.
struct MustacheCompile {
    std::optional<MustacheTemplate> compiled;
    std::string error;
};

/// Compiles `text`, read from `path`. Broken templates are refused with kainjow's words
/// ("Unclosed section \"counts\"", "Unclosed tag", "Unopened section \"x\""), which users
/// of earlier versions know, at the line and column of the tag.
MustacheCompile compile_mustache(std::string path, std::string text);

/// `path:LINE:COL: error: broken template: words`, for the byte at `offset` of `text`.
std::string template_error(std::string_view path, std::string_view text, std::size_t offset,
                           std::string_view words);

}  // namespace upgrade_risk::reports
