#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// Where the <rollout> element sits in an inventory's text, for rewriting only it.
struct RolloutSpan {
    bool found = false;  ///< False: `begin` == `end` is where a rollout goes, before </inventory>.
    std::size_t begin = 0;  ///< The '<' of <rollout>, or the start of the </inventory> line.
    std::size_t end = 0;    ///< Just after </rollout> (or "/>"); == begin when not found.
    std::string indent;     ///< The whitespace before <rollout> on its line (or a child's).
    std::string unit;       ///< One level of indentation, as the file writes it.
    std::string newline = "\n";  ///< "\r\n" when the file's lines end so.
};

/// Scans well-formed inventory text (one that loaded without errors) for its root's <rollout>
/// child, skipping comments, CDATA, processing instructions and attribute values.
RolloutSpan find_rollout(std::string_view text);

/// `text` with the span replaced by `rollout` (which starts at "<rollout" and ends at
/// "</rollout>"); every other byte is kept. Without a rollout, it goes on its own line before
/// </inventory>.
std::string replace_rollout(std::string_view text, const RolloutSpan& span, std::string_view rollout);

}  // namespace upgrade_risk::inventory
