#pragma once

#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "reports/report_format.h"

namespace upgrade_risk::reports {

/// The values the HTML templates read (the names the files in templates/ use).
using HtmlData = kainjow::mustache::data;

/// Header, verdict, counts with their chart, KB references, assumptions.
void add_summary_data(const ReportInput& input, HtmlData& data);

/// The findings table and one detail card per finding, with the recovery runbook for
/// critical findings.
void add_findings_data(const ReportInput& input, HtmlData& data);

/// The topology diagram, the per-site inventory overview and the per-wave checklist.
void add_inventory_data(const ReportInput& input, HtmlData& data);

/// With --baseline, "changes": what is new, unchanged and resolved since the previous report;
/// each finding row then carries "change" (new or unchanged) and "is_new".
void add_changes_data(const ReportInput& input, HtmlData& data);

/// A Mustache list of {text: item} objects.
HtmlData text_list(const std::vector<std::string>& items);

}  // namespace upgrade_risk::reports
