// The batch of reports of one run: all written or none, every problem reported in one run.
#include "reports/write_reports.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "tests/support/sample_report.h"
#include "tests/support/scratch_folder.h"

namespace upgrade_risk::reports {
namespace {

/// The most bytes a sink held at once while `big` rendered.
std::size_t most_held = 0;

/// Three megabytes, a kilobyte at a time, spilling between pieces as the real reports do, and
/// a last line shorter than a block.
RenderError render_big(const ReportInput&, ReportSink& sink) {
    for (int i = 0; i < 3 * 1024; ++i) {
        sink.append(std::string(1024, 'x'));
        most_held = std::max(most_held, sink.text().size());
        sink.spill();
    }
    sink.append("end\n");
    return std::nullopt;
}
constexpr std::uintmax_t kBigSize = (std::uintmax_t{3} << 20) + 4;

RenderError render_broken(const ReportInput&, ReportSink& sink) {
    sink.append("half a report");
    return "template 'page.mustache' line 3: unclosed section 'findings'";
}

/// Where `render_after_big` looks, and the sizes of the files it found there when it started.
std::filesystem::path watched_folder;
std::vector<std::uintmax_t> sizes_seen;

/// Notes the size of every file in watched_folder (the batch's temporary files among them).
RenderError render_after_big(const ReportInput&, ReportSink& sink) {
    sizes_seen.clear();
    for (const auto& entry : std::filesystem::directory_iterator(watched_folder)) {
        sizes_seen.push_back(entry.file_size());
    }
    sink.append("small");
    return std::nullopt;
}

const ReportFormat kBig{"big", "three megabytes", render_big};
const ReportFormat kAfterBig{"after", "what is written when it starts", render_after_big};
const ReportFormat kBroken{"broken", "a custom template with a mistake", render_broken};

class WriteReports : public ::testing::Test {
protected:
    testing::SampleReport sample_ = testing::make_sample_report();
    testing::ScratchFolder scratch_{"write-reports"};
    std::string in(const std::string& name) const { return (scratch_.path() / name).string(); }
};

TEST_F(WriteReports, WritesEveryReportAsItRenders) {
    const std::vector<ReportRequest> requests = {{find_report_format("json"), in("r.json")},
                                                 {find_report_format("csv"), in("r.csv")}};
    EXPECT_EQ(write_reports(requests, sample_.input(), in("inventory.xml")), std::vector<std::string>{});
    EXPECT_EQ(testing::read_file(in("r.json")), render_to_string(render_json, sample_.input()).content);
    EXPECT_EQ(scratch_.entries(), (std::vector<std::string>{"r.csv", "r.json"}));
}

// A report is all in its temporary file before the next starts, its buffer's memory free for
// the next one's (docs/performance.md), and the files are renamed into place only at the end.
TEST_F(WriteReports, FinishesEachReportsFileBeforeTheNextStarts) {
    watched_folder = scratch_.path();
    const std::vector<ReportRequest> requests = {{&kBig, in("big.out")}, {&kAfterBig, in("after.out")}};
    EXPECT_EQ(write_reports(requests, sample_.input(), in("inventory.xml")), std::vector<std::string>{});
    std::sort(sizes_seen.begin(), sizes_seen.end());
    EXPECT_EQ(sizes_seen, (std::vector<std::uintmax_t>{0, kBigSize}));
    EXPECT_EQ(testing::read_file(in("big.out")).size(), kBigSize);
    EXPECT_EQ(testing::read_file(in("after.out")), "small");
    EXPECT_EQ(scratch_.entries(), (std::vector<std::string>{"after.out", "big.out"}));
}

TEST_F(WriteReports, WithATargetRefusedEveryReportIsStillRenderedIntoNothing) {
    most_held = 0;
    std::vector<std::string> started;
    const std::vector<ReportRequest> requests = {{&kBig, in("missing/big.out")}, {&kBroken, in("broken.out")}};
    EXPECT_EQ(write_reports(requests, sample_.input(), in("inventory.xml"),
                            [&](std::string_view name) { started.emplace_back(name); }),
              (std::vector<std::string>{
                  "cannot write '" + in("missing/big.out") + "': the folder '" + in("missing") +
                      "' does not exist; create it first",
                  "broken report: template 'page.mustache' line 3: unclosed section 'findings'"}));
    EXPECT_EQ(started, (std::vector<std::string>{"big", "broken"}));
    // Dropped a block at a time, not kept whole.
    EXPECT_GT(most_held, 0u);
    EXPECT_LT(most_held, std::size_t{2} << 20);
    EXPECT_EQ(scratch_.entries(), std::vector<std::string>{});
}

TEST_F(WriteReports, AReportThatFailsToRenderLeavesEveryTargetAsItWas) {
    testing::write_file(in("r.json"), "old");
    const std::vector<ReportRequest> requests = {{find_report_format("json"), in("r.json")},
                                                 {&kBroken, in("broken.out")}};
    EXPECT_EQ(write_reports(requests, sample_.input(), in("inventory.xml")),
              std::vector<std::string>{
                  "broken report: template 'page.mustache' line 3: unclosed section 'findings'"});
    EXPECT_EQ(testing::read_file(in("r.json")), "old");
    EXPECT_EQ(scratch_.entries(), std::vector<std::string>{"r.json"});
}

// One default, carried by the result: the reports describe the rule the analysis applied.
TEST(ReportContext, EveryReportDescribesTheBackupAgeTheAnalysisUsed) {
    const inventory::LoadResult load =
        inventory::load_inventory_file(std::string(UPGRADE_RISK_SOURCE_DIR) + "/inventory/examples/q195908.xml");
    ASSERT_TRUE(load.inventory);
    const analyzer::AnalysisResult result = analyzer::analyze(*load.inventory, analyzer::AnalysisOptions{48 * 3600});
    EXPECT_EQ(result.options().max_backup_age_seconds, 48 * 3600);
    const ReportContext context = make_report_context();
    const ReportInput input{*load.inventory, result, context};
    EXPECT_NE(render_to_string(render_json, input).content.find("\"max_backup_age_hours\": 48"), std::string::npos);
    const std::string html = render_to_string(render_html, input).content;
    EXPECT_NE(html.find("no more than 48 hours before its wave starts"), std::string::npos);
    EXPECT_EQ(html.find("24 hours"), std::string::npos);
}

}  // namespace
}  // namespace upgrade_risk::reports
