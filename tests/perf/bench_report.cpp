#include "tests/perf/bench_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace upgrade_risk::perf {
namespace {

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

/// The label of the row that sums the stages after the parse.
constexpr std::string_view kAfterParsing = "everything after parsing";

/// The first column's width: the longest label of the report, so every row's figures line up.
int label_width(const FileReport& report) {
    std::size_t width = kAfterParsing.size();
    for (const auto* rows : {&report.stages, &report.after_parse, &report.commands}) {
        for (const StageRow& row : *rows) width = std::max(width, row.stage.size());
    }
    if (report.reports_bytes_floor) width = std::max(width, report.reports_bytes_floor->stage.size());
    return static_cast<int>(width);
}

void print_row(const StageRow& row, int width) {
    const Measurement& m = row.measurement;
    std::printf("  %-*s %9.3f %9.3f ", width, row.stage.c_str(), m.seconds, m.cpu_seconds);
    if (m.peak_known) {
        std::printf("%10.1f  ", megabytes(m.peak_bytes));
    } else {
        std::printf("%10s  ", "-");
    }
    std::printf("%s%s\n", m.ok ? "" : "FAILED ", row.note.c_str());
}

}  // namespace

void print_file_report(const FileReport& report) {
    std::printf("\n%s: %.1f MB, %zu servers, %zu sites, %zu findings (best of %d)\n",
                report.path.c_str(), megabytes(report.file_bytes), report.servers, report.sites,
                report.findings, report.repeat);
    if (report.rendered.size() < 2) {
        std::printf("  (no HTML report in this build: its rows are missing)\n");
    }
    const int width = label_width(report);
    std::printf("  %-*s %9s %9s %10s\n", width, "stage", "wall (s)", "cpu (s)", "peak (MB)");
    for (const StageRow& row : report.stages) print_row(row, width);
    Measurement total{.peak_known = false};
    for (const StageRow& row : report.after_parse) {
        print_row(row, width);
        total.seconds += row.measurement.seconds;
        total.cpu_seconds += row.measurement.cpu_seconds;
    }
    char note[96];
    std::snprintf(note, sizeof note, "%.2f x floor (target <= 3.00 at 100k)",
                  total.cpu_seconds / report.floor_cpu_seconds);
    print_row({std::string(kAfterParsing), total, note}, width);
    if (report.reports_bytes_floor) print_row(*report.reports_bytes_floor, width);
    for (const StageRow& row : report.commands) print_row(row, width);
}

void print_scaling(const std::vector<FileReport>& reports) {
    std::printf("\n  %10s %10s %14s %14s %16s %12s\n", "servers", "file (MB)", "tool cpu (s)",
                "xmllint cpu (s)", "tool peak (MB)", "peak / file");
    std::vector<double> servers;
    std::vector<double> seconds;
    for (const FileReport& report : reports) {
        std::printf("  %10zu %10.1f %14.3f ", report.servers, megabytes(report.file_bytes),
                    report.whole.cpu_seconds);
        if (report.xmllint) {
            std::printf("%14.3f ", report.xmllint->cpu_seconds);
        } else {
            std::printf("%14s ", "-");
        }
        std::printf("%16.1f %12.2f\n", megabytes(report.whole.peak_bytes),
                    static_cast<double>(report.whole.peak_bytes) /
                        static_cast<double>(report.file_bytes));
        servers.push_back(static_cast<double>(report.servers));
        seconds.push_back(report.whole.cpu_seconds);
    }
    for (std::size_t i = 1; i < reports.size(); ++i) {
        const auto slope = log_log_slope({servers[i - 1], servers[i]}, {seconds[i - 1], seconds[i]});
        if (slope) {
            std::printf("  scaling %zu -> %zu servers: cpu time ~ n^%.2f\n", reports[i - 1].servers,
                        reports[i].servers, *slope);
        }
    }
    if (const auto slope = log_log_slope(servers, seconds); slope && reports.size() > 2) {
        std::printf("  scaling over all sizes (least squares): cpu time ~ n^%.2f (1.00 is linear)\n",
                    *slope);
    }
}

std::optional<double> log_log_slope(const std::vector<double>& x, const std::vector<double>& y) {
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) return std::nullopt;
    double mean_x = 0;
    double mean_y = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mean_x += std::log(x[i]) / static_cast<double>(n);
        mean_y += std::log(y[i]) / static_cast<double>(n);
    }
    double covariance = 0;
    double variance = 0;
    for (std::size_t i = 0; i < n; ++i) {
        covariance += (std::log(x[i]) - mean_x) * (std::log(y[i]) - mean_y);
        variance += (std::log(x[i]) - mean_x) * (std::log(x[i]) - mean_x);
    }
    if (variance == 0) return std::nullopt;
    return covariance / variance;
}

}  // namespace upgrade_risk::perf
