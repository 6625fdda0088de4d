#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "reports/report_format.h"
#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

using Environment = std::vector<std::pair<std::string, std::string>>;

/// Runs `analyze` on a copy of contoso.xml in a fresh folder, writing every registered format
/// (JSON, HTML, ...) to a file; returns each report's bytes, in registry order.
std::vector<std::string> reports_of_a_run(const std::string& name, const Environment& environment) {
    ScratchFolder folder(name);
    write_file(folder.path() / "inventory.xml",
               read_file(fs::path(UPGRADE_RISK_SOURCE_DIR) / "inventory/examples/contoso.xml"));
    std::vector<std::string> argv = {upgrade_risk_executable(), "analyze", "inventory.xml"};
    for (const reports::ReportFormat& format : reports::report_formats()) {
        argv.push_back("-o");
        argv.push_back(std::string(format.name) + "=report." + std::string(format.name));
    }
    const ProcessResult run = run_process({argv, folder.path(), environment, std::chrono::seconds(30)});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::vector<std::string> reports;
    for (const reports::ReportFormat& format : reports::report_formats()) {
        reports.push_back(read_file(folder.path() / ("report." + std::string(format.name))));
        EXPECT_FALSE(reports.back().empty()) << format.name;
    }
    return reports;
}

/// The cross-format, end-to-end check that a report is a function of the inventory and
/// SOURCE_DATE_EPOCH alone: two runs in different folders, time zones and locales give
/// byte-identical reports in every format, and a different epoch changes them.
TEST(Determinism, SameInventoryAndSourceDateEpochGiveByteIdenticalReports) {
    const std::vector<std::string> first =
        reports_of_a_run("determinism-a", {{"SOURCE_DATE_EPOCH", "1700000000"}, {"TZ", "UTC"}, {"LC_ALL", "C"}});
    const std::vector<std::string> second = reports_of_a_run(
        "determinism-b",
        {{"SOURCE_DATE_EPOCH", "1700000000"}, {"TZ", "Pacific/Auckland"}, {"LC_ALL", "C.UTF-8"}});
    const std::vector<std::string> later = reports_of_a_run("determinism-c", {{"SOURCE_DATE_EPOCH", "1800000000"}});
    const auto& formats = reports::report_formats();
    ASSERT_EQ(first.size(), formats.size());
    for (std::size_t i = 0; i < formats.size(); ++i) {
        EXPECT_EQ(first[i], second[i]) << "the " << formats[i].name << " report differs between two runs";
    }
    const auto json = std::find_if(formats.begin(), formats.end(), [](const auto& f) { return f.name == "json"; });
    ASSERT_NE(json, formats.end());
    const auto at = static_cast<std::size_t>(json - formats.begin());
    EXPECT_NE(first[at].find("\"generated\": \"2023-11-14T22:13:20Z\""), std::string::npos);
    EXPECT_NE(first[at], later[at]) << "SOURCE_DATE_EPOCH does not reach the JSON report";
}

}  // namespace
}  // namespace upgrade_risk::robustness
