// Writes the sample report in the formats whose consumers live outside C++ (the SARIF schema
// validator and the Markdown renderer under tests/tools/), plus what they should find in it.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "reports/finding_subject.h"
#include "reports/json_writer.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "tests/support/sample_report.h"

namespace {

using namespace upgrade_risk;

bool write(const std::string& path, const std::string& content) {
    std::ofstream file(path, std::ios::binary);
    file << content;
    return static_cast<bool>(file);
}

/// The rows the Markdown findings table must show, straight from the model.
std::string expected_rows(const testing::SampleReport& sample) {
    reports::JsonWriter json;
    json.begin_array();
    for (const analyzer::Finding& finding : sample.result.findings) {
        const reports::FindingSubject subject = reports::subject_of(finding, sample.inventory);
        json.begin_object();
        json.key("severity").value(analyzer::to_string(finding.severity));
        json.key("rule").value(finding.rule);
        json.key("wave").value(subject.wave);
        json.key("site").value(subject.site);
        json.key("server").value(subject.server);
        json.key("title").value(finding.title);
        json.end_object();
    }
    json.end_array();
    return json.finish();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: render_samples OUTPUT_FOLDER\n";
        return 2;
    }
    const std::string folder = argv[1];
    std::filesystem::create_directories(folder);
    auto sample = testing::make_sample_report();
    bool ok = write(folder + "/sample.sarif", reports::render_sarif(sample.input()).content) &&
              write(folder + "/sample.md", reports::render_markdown(sample.input()).content) &&
              write(folder + "/sample-rows.json", expected_rows(sample));
    testing::add_sample_baseline(sample);
    ok = ok && write(folder + "/sample-baseline.sarif", reports::render_sarif(sample.input()).content) &&
         write(folder + "/sample-baseline.md", reports::render_markdown(sample.input()).content);
    return ok ? 0 : 1;
}
