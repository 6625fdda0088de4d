#pragma once

#include "reports/html_view.h"
#include "reports/inventory_facts.h"
#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// Everything the HTML page shows, by the names the files in templates/ use. `facts` must
/// outlive the result: its made lists read `input` and `facts` while the page is rendered.
HtmlObject html_page_data(const ReportInput& input, const InventoryFacts& facts);

/// Header, verdict, counts with their chart, KB references, assumptions.
void add_summary_data(const ReportInput& input, HtmlObject& data);

/// The findings table and one detail card per finding, with the recovery runbook for
/// critical findings; rows and cards are made one by one while the page is rendered.
void add_findings_data(const ReportInput& input, HtmlObject& data);

/// The topology diagram, the per-site inventory overview (sites made one by one) and the
/// checklist.
void add_inventory_data(const ReportInput& input, const InventoryFacts& facts, HtmlObject& data);

/// The per-wave checklist to tick by hand: the wave's bridgehead moves first, then a list of
/// boxes per server, or, for a large rollout, lists for the servers with critical or high
/// findings and a table row for each other one.
void add_checklist_data(const ReportInput& input, HtmlObject& data);

/// With --baseline, "changes": what is new, unchanged and resolved since the previous report
/// (add_findings_data gives each finding row its "change", new or unchanged, and the list of
/// new ones).
void add_changes_data(const ReportInput& input, HtmlObject& data);

/// With a rollout, "waves": a row per wave (start, servers and where from, findings, moves,
/// blocked) and a timeline picture of them.
void add_waves_data(const ReportInput& input, HtmlObject& data);

/// What the printed page keeps of a large organization, so that it stays a board's reading
/// however many servers there are: the cards of the first this many critical findings with
/// their runbooks (or, when none is critical, of the first high ones: the conditions the board
/// signs off), and this many sites in the summary by site. The page on screen keeps everything.
inline constexpr std::size_t kPrintedCardsAtMost = 10;
inline constexpr std::size_t kPrintedSitesAtMost = 15;

/// What only the printed page shows: the findings summed up by rule (with the sites each is
/// about) and by site. add_findings_data says which cards print and what they leave out.
void add_print_data(const ReportInput& input, HtmlObject& data);

/// From `upgrade-risk plan`, "plan": the rollout before and after, the floor, the decisions.
void add_plan_data(const ReportInput& input, HtmlObject& data);

}  // namespace upgrade_risk::reports
