#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "inventory/text_encoding.h"

namespace upgrade_risk::reports {

/// The longest Markdown report, in characters (code points): it is pasted into a change ticket,
/// and GitHub refuses an issue or pull-request body over 65,536 characters.
inline constexpr std::size_t kMarkdownAtMost = 60'000;

/// Each list's share of kMarkdownAtMost: a list stops at the first line that would not fit in
/// its share and counts the rest. A report has a baseline's resolved findings or a plan's
/// decisions, never both, so the shares add up to 53,000 at most and the rest (headings, counts,
/// the steps every report has) fits in what is left; should it not (names full of characters
/// to escape), the whole report is cut at a line (cut_at_line).
inline constexpr std::size_t kFindingsRowsShare = 20'000;
inline constexpr std::size_t kCriticalServersShare = 18'000;
inline constexpr std::size_t kWaysOutShare = 7'000;
inline constexpr std::size_t kResolvedShare = 4'000;
inline constexpr std::size_t kDecisionsShare = 4'000;
inline constexpr std::size_t kMoveWavesShare = 4'000;

/// Inventory names longer than this (sites, servers, waves, connectors, the organization) are
/// cut in the Markdown; sentences and paths, which hold names, are cut at kMarkdownTextAtMost.
inline constexpr std::size_t kMarkdownNameAtMost = 64;
inline constexpr std::size_t kMarkdownTextAtMost = 600;
/// Names in one list of a critical server (the sites cut off, the connectors that stop), and
/// bridgehead moves on one wave's line of "Bridgehead moves"; the rest are counted.
inline constexpr std::size_t kMarkdownNamesListedAtMost = 10;
inline constexpr std::size_t kMovesNamedPerWave = 10;

using inventory::clip;

/// Lines of one list of the Markdown report, kept while they fit in the list's share.
class BoundedList {
public:
    explicit BoundedList(std::size_t share) : room_(share) {}

    /// Keeps `line` when it fits in what is left of the share; once a line does not fit, this
    /// one and every later one are refused, so the list never skips an item.
    bool add(std::string_view line);
    [[nodiscard]] bool full() const { return full_; }
    [[nodiscard]] std::size_t listed() const { return listed_; }
    [[nodiscard]] const std::string& text() const { return text_; }

private:
    std::size_t room_;
    std::size_t listed_ = 0;
    bool full_ = false;
    std::string text_;
};

/// When `report` is longer than `at_most` characters, cuts it after the last whole line that
/// leaves room for `note` and appends the note; otherwise leaves it as it is.
void cut_at_line(std::string& report, std::size_t at_most, std::string_view note);

}  // namespace upgrade_risk::reports
