#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "inventory/number_text.h"

namespace upgrade_risk::reports {

/// How much of a large organization the summaries list (the terminal's, and the Markdown
/// pasted into a change ticket) before they count the rest; the HTML, JSON and CSV reports
/// list every finding, so a summary stays a screen or a ticket long however large the
/// organization.
inline constexpr std::size_t kDetailedCriticalAtMost = 25;
inline constexpr std::size_t kListedFindingsAtMost = 50;
inline constexpr std::size_t kListedChangesAtMost = 50;
/// Waves with bridgehead moves that the Markdown lists, a line each (a planned rollout of a
/// large organization may move hundreds of roles).
inline constexpr std::size_t kListedMoveWavesAtMost = 50;

/// Where the findings a summary leaves out are listed.
inline constexpr std::string_view kEveryOneIsListed = "every one is in the HTML, JSON and CSV reports";
/// Where the resolved findings a summary leaves out are listed.
inline constexpr std::string_view kEveryResolvedIsListed = "the HTML and JSON reports list them all";

/// The command that writes the full reports of the inventory at `path` for the change board.
inline std::string full_reports_command(std::string_view path) {
    return "upgrade-risk analyze " + std::string(path) +
           " --html upgrade-risk-report.html --json upgrade-risk-report.json";
}

/// "and 41,365 more " followed by `what`, when `listed` of `total` were shown.
inline std::string and_more(std::size_t total, std::size_t listed, std::string_view what) {
    return "and " + inventory::number_text(total - listed) + " more " + std::string(what);
}

}  // namespace upgrade_risk::reports
