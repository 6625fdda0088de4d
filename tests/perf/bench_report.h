#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/perf/measure.h"

namespace upgrade_risk::perf {

/// One line of a file's table.
struct StageRow {
    std::string stage;
    Measurement measurement;
    /// What the figure is compared with, e.g. "0.31 x floor (target <= 0.5)".
    std::string note;
};

/// Everything measured on one inventory file.
struct FileReport {
    std::string path;
    std::uint64_t file_bytes = 0;
    int repeat = 1;  ///< Best of this many runs.
    std::size_t servers = 0;
    std::size_t sites = 0;
    std::size_t findings = 0;
    std::vector<std::string> rendered;  ///< The report formats measured ("json", "html").
    std::vector<StageRow> stages;       ///< In this process, in pipeline order.
    std::vector<StageRow> after_parse;  ///< The work after XML parsing, summed against the floor.
    /// Writing as many bytes as the reports, the least any rendering of them can cost.
    std::optional<StageRow> reports_bytes_floor;
    std::vector<StageRow> commands;     ///< Child processes: xmllint and the tool itself.
    double floor_cpu_seconds = 0;       ///< pugixml's bare parse.
    std::optional<Measurement> xmllint;
    Measurement whole;                  ///< The tool's command, as a user runs it.
};

/// Prints one file's stage table.
void print_file_report(const FileReport& report);

/// Prints the table across sizes and the scaling exponents (log-log slope of time
/// against servers, between neighbouring sizes and fitted over all of them).
void print_scaling(const std::vector<FileReport>& reports);

/// The least-squares slope of log(y) against log(x); nullopt with fewer than two points.
std::optional<double> log_log_slope(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace upgrade_risk::perf
