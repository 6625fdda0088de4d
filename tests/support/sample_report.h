#pragma once

#include <string>

#include "analyzer/analysis.h"
#include "inventory/model.h"
#include "reports/report_format.h"

namespace upgrade_risk::testing {

/// A real analysis of tests/reports/fixtures/awkward-names.xml, whose names carry every
/// character the text formats must escape (commas, quotes, pipes, formula starters, Markdown
/// marks), with a fixed generation time so the output reproduces.
/// It stays where it is built (the result refers to its inventory): functions return it as a
/// prvalue, which C++17 constructs in place.
struct SampleReport {
    /// Loads and analyses the file at `path` (fails the test on load errors), showing it as
    /// `shown_path`.
    SampleReport(const std::string& path, const std::string& shown_path);
    SampleReport(SampleReport&&) = delete;

    inventory::Inventory inventory;
    analyzer::AnalysisResult result;
    reports::ReportContext context;

    reports::ReportInput input() const { return reports::ReportInput{inventory, result, context}; }
};

/// Loads and analyses a file of the source tree (fails the test on load errors), showing it
/// as `shown_path`, with tool version 9.9.9 and a fixed generation time.
SampleReport analyze_source_file(const std::string& relative_path, const std::string& shown_path);

/// Loads and analyses a fixture from tests/reports/fixtures (fails the test on load errors).
SampleReport analyze_fixture(const std::string& name);

/// The awkward-names fixture, analysed.
SampleReport make_sample_report();

/// Compares the sample with the JSON report of awkward-names-before.xml (the same organization
/// before SERVERB reached 5.5), read back through the --baseline reader: SERVERA's critical and
/// prerequisite findings are new, its user-creation finding is resolved, the rest unchanged.
void add_sample_baseline(SampleReport& sample);

}  // namespace upgrade_risk::testing
