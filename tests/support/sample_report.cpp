#include "tests/support/sample_report.h"

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "reports/baseline.h"
#include "reports/baseline_reader.h"
#include "reports/json_report.h"

namespace upgrade_risk::testing {

namespace {

inventory::Inventory load_or_fail(const std::string& path, const std::string& shown_path) {
    inventory::LoadResult load = inventory::load_inventory_file(path);
    if (!load.inventory) {
        ADD_FAILURE() << "cannot load " << path;
        return {};
    }
    load.inventory->path = shown_path;
    return std::move(*load.inventory);
}

}  // namespace

SampleReport::SampleReport(const std::string& path, const std::string& shown_path)
    : inventory(load_or_fail(path, shown_path)),
      result(analyzer::analyze(inventory, analyzer::AnalysisOptions{})) {
    context.tool_version = "9.9.9";
    context.generated_epoch_seconds = 924598800;  // 1999-04-20T09:00:00Z
}

SampleReport analyze_source_file(const std::string& relative_path, const std::string& shown_path) {
    return SampleReport(std::string(UPGRADE_RISK_SOURCE_DIR) + "/" + relative_path, shown_path);
}

SampleReport analyze_fixture(const std::string& name) {
    // The path as a user in the fixtures folder would type it.
    return analyze_source_file("tests/reports/fixtures/" + name, name);
}

SampleReport make_sample_report() { return analyze_fixture("awkward-names.xml"); }

void add_sample_baseline(SampleReport& sample) {
    SampleReport before = analyze_fixture("awkward-names-before.xml");
    before.context.generated_epoch_seconds = 923994000;  // 1999-04-13T09:00:00Z
    const std::string json = reports::render_to_string(reports::render_json, before.input()).content;
    const reports::BaselineLoad load = reports::read_baseline_text(json, "previous.json");
    if (!load.baseline) {
        ADD_FAILURE() << load.error;
        return;
    }
    sample.context.baseline =
        reports::compare_with_baseline(*load.baseline, sample.result, sample.inventory);
}

}  // namespace upgrade_risk::testing
