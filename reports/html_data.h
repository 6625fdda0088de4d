#pragma once

#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "reports/inventory_facts.h"
#include "reports/report_format.h"

namespace upgrade_risk::reports {

class HtmlSections;

/// The values the HTML templates read (the names the files in templates/ use).
using HtmlData = kainjow::mustache::data;

/// Header, verdict, counts with their chart, KB references, assumptions.
void add_summary_data(const ReportInput& input, HtmlData& data);

/// The findings table and one detail card per finding, with the recovery runbook for
/// critical findings, rendered row by row and card by card in front of `data`.
void add_findings_data(const ReportInput& input, HtmlSections& sections, HtmlData& data);

/// The topology diagram, the per-site inventory overview (sites rendered one by one in front of
/// `data`) and the checklist. `facts` must outlive `sections`.
void add_inventory_data(const ReportInput& input, const InventoryFacts& facts,
                        HtmlSections& sections, HtmlData& data);

/// The per-wave checklist to tick by hand: a list of boxes per server, or, for a large rollout,
/// lists for the servers with critical or high findings and a table row for each other one.
/// `facts` must outlive `sections`.
void add_checklist_data(const ReportInput& input, const InventoryFacts& facts,
                        HtmlSections& sections, HtmlData& data);

/// With --baseline, "changes": what is new, unchanged and resolved since the previous report
/// (add_findings_data gives each finding row its "change", new or unchanged, and renders the
/// list of new ones).
void add_changes_data(const ReportInput& input, HtmlData& data);

}  // namespace upgrade_risk::reports
