#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyzer/analysis.h"
#include "inventory/loader.h"
#include "reports/report_context.h"
#include "reports/report_format.h"

#include "tests/robustness/mutator.h"
#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

/// The valid inventories mutations start from: the examples and every golden case.
std::vector<fs::path> seed_inventories() {
    const fs::path source = UPGRADE_RISK_SOURCE_DIR;
    std::vector<fs::path> seeds;
    for (const auto& entry : fs::directory_iterator(source / "inventory/examples")) {
        if (entry.path().extension() == ".xml") seeds.push_back(entry.path());
    }
    if (fs::is_directory(source / "tests/golden")) {
        for (const auto& entry : fs::directory_iterator(source / "tests/golden")) {
            if (fs::exists(entry.path() / "inventory.xml")) seeds.push_back(entry.path() / "inventory.xml");
        }
    }
    std::sort(seeds.begin(), seeds.end());
    return seeds;
}

std::size_t mutation_count() {
    const char* count = std::getenv("UPGRADE_RISK_MUTATIONS");
    return count != nullptr ? std::strtoul(count, nullptr, 10) : 400;
}

constexpr std::string_view kOldReport = "an earlier report\n";
constexpr const char* kEpoch = "1700000000";

/// One report per registered format ("report.json", "report.html"...), in the folder.
std::vector<std::pair<const reports::ReportFormat*, fs::path>> report_files(const fs::path& folder) {
    std::vector<std::pair<const reports::ReportFormat*, fs::path>> files;
    for (const reports::ReportFormat& format : reports::report_formats()) {
        files.emplace_back(&format, folder / ("report." + std::string(format.name)));
    }
    return files;
}

/// What `analyze` must have written for `text`, format by format: the same pipeline run in
/// this process, so a report cut short or mixed up with the old one cannot pass.
std::vector<std::string> expected_reports(const std::string& text, const std::string& path) {
    const inventory::LoadResult loaded = inventory::load_inventory_text(text, path);
    std::vector<std::string> contents;
    if (!loaded.inventory) return contents;
    const analyzer::AnalysisResult result = analyzer::analyze(*loaded.inventory, analyzer::AnalysisOptions{});
    const reports::ReportContext context = reports::make_report_context();
    for (const reports::ReportFormat& format : reports::report_formats()) {
        contents.push_back(reports::render_to_string(format.render, reports::ReportInput{*loaded.inventory, result, context}).content);
    }
    return contents;
}

/// Hundreds of damaged inventories through `analyze` with every report format written to a
/// file that already holds an earlier report: every run must end with 0, 1 or 2 (never a
/// crash or a hang); on 2 every earlier report is untouched, on 0 or 1 every report is the
/// complete new one; no temporary file is ever left behind.
TEST(Mutation, DamagedInventoriesNeverCrashHangOrHalfWriteAReport) {
    const auto seeds = seed_inventories();
    ASSERT_FALSE(seeds.empty());
    ScratchFolder folder("mutation");
    const fs::path inventory = folder.path() / "inventory.xml";
    const auto reports = report_files(folder.path());
    std::vector<std::string> argv = {upgrade_risk_executable(), "analyze", inventory.string(),
                                     "--fail-on", "high"};
    std::vector<std::string> expected_entries = {"inventory.xml"};
    for (const auto& [format, path] : reports) {
        argv.push_back("-o");
        argv.push_back(std::string(format->name) + "=" + path.string());
        expected_entries.push_back(path.filename().string());
    }
    std::sort(expected_entries.begin(), expected_entries.end());
    ::setenv("SOURCE_DATE_EPOCH", kEpoch, 1);  // For expected_reports(); the child gets it too.

    Mutator mutator(20260415);
    std::size_t by_exit[3] = {0, 0, 0};
    const std::size_t total = mutation_count();
    for (std::size_t i = 0; i < total; ++i) {
        const fs::path& seed = seeds[i % seeds.size()];
        std::string kind;
        const std::string text = mutator.mutate(read_file(seed), kind);
        write_file(inventory, text);
        for (const auto& report : reports) write_file(report.second, kOldReport);
        const ProcessResult run = run_process({argv, {}, {{"SOURCE_DATE_EPOCH", kEpoch}}, std::chrono::seconds(20)});
        const std::string context = "mutation " + std::to_string(i) + " (" + kind + ") of " +
                                    seed.filename().string() + "\nstderr: " + run.err.substr(0, 2000);
        ASSERT_FALSE(run.timed_out) << "hang: " << context;
        ASSERT_EQ(run.signal, 0) << "crash: " << context;
        ASSERT_TRUE(run.exit_code >= 0 && run.exit_code <= 2) << "exit " << run.exit_code << ": " << context;
        ++by_exit[run.exit_code];
        ASSERT_EQ(folder.entries(), expected_entries) << "a temporary file was left: " << context;
        if (run.exit_code == 2) {
            EXPECT_NE(run.err.find("error"), std::string::npos) << context;
            for (const auto& [format, path] : reports) {
                ASSERT_EQ(read_file(path), kOldReport) << format->name << " report touched: " << context;
            }
            continue;
        }
        const std::vector<std::string> expected = expected_reports(text, inventory.string());
        ASSERT_EQ(expected.size(), reports.size()) << "analyze accepted what the loader refuses: " << context;
        for (std::size_t r = 0; r < reports.size(); ++r) {
            ASSERT_EQ(read_file(reports[r].second), expected[r])
                << reports[r].first->name << " report incomplete or stale: " << context;
        }
    }
    // The mutations must really exercise every path, or the test proves little.
    EXPECT_GT(by_exit[2], total / 4);
    EXPECT_GE(by_exit[0] + by_exit[1], total / 20);
    std::printf("mutations: %zu without high findings, %zu with, %zu refused\n", by_exit[0], by_exit[1],
                by_exit[2]);
}

TEST(Mutation, TheMutatorIsDeterministic) {
    Mutator a(7);
    Mutator b(7);
    std::string kind_a;
    std::string kind_b;
    const std::string text = "<inventory format=\"1\">\n<site name=\"A\"/>\n</inventory>\n";
    for (int i = 0; i < 50; ++i) EXPECT_EQ(a.mutate(text, kind_a), b.mutate(text, kind_b));
}

}  // namespace
}  // namespace upgrade_risk::robustness
