// upgrade-risk-bench: times each stage of the pipeline on inventory files and compares
// them with pugixml's bare parse (the floor) and `xmllint --noout` (what a user already has).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/cli/allocator.h"
#include "analyzer/simulation.h"
#include "analyzer/topology.h"
#include "inventory/loader.h"
#include "reports/report_context.h"
#include "reports/report_format.h"
#include "tests/perf/bench_report.h"
#include "tests/perf/measure.h"
#include "tests/perf/xml_parse_floor.h"

namespace upgrade_risk::perf {
namespace {

constexpr const char* kUsage =
    "usage: upgrade-risk-bench [--repeat N] [--repeat-large N] [--tool PATH] [--no-xmllint] FILE...\n"
    "Times each stage on every FILE (generate them with upgrade-risk-gen), best of N runs\n"
    "(default 3; --repeat-large for files of 100 MB and more, default 1), and prints one\n"
    "table per file and the scaling across files.\n";

struct BenchOptions {
    int repeat = 3;
    int repeat_large = 1;  ///< For files of kLargeFile bytes and more.
    std::string tool;  ///< The upgrade-risk executable run end to end.
    bool xmllint = true;
    std::vector<std::string> files;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) text.clear();
    return text;
}

std::string ratio_note(double value, double reference, const char* what) {
    char note[128];
    std::snprintf(note, sizeof note, "%.2f x %s", value / reference, what);
    return note;
}

int open_unnamed_file() {
    return ::open(std::filesystem::temp_directory_path().c_str(), O_TMPFILE | O_WRONLY, 0600);
}

/// Renders a report into an unnamed file in the temporary folder, which is gone once closed;
/// its size goes to `bytes`.
bool render_into_file(const reports::ReportFormat& format, const reports::ReportInput& input,
                      std::uint64_t& bytes) {
    const int fd = open_unnamed_file();
    if (fd < 0) return false;
    reports::ReportSink sink(fd);
    const bool rendered = !format.render(input, sink).has_value() && sink.finish() == 0;
    bytes = static_cast<std::uint64_t>(::lseek(fd, 0, SEEK_END));
    ::close(fd);
    return rendered;
}

/// What no renderer can go below: writing `bytes` into a file through a report sink, as the
/// reports are written, a block of memory at a time.
bool write_bytes_into_file(std::uint64_t bytes) {
    const int fd = open_unnamed_file();
    if (fd < 0) return false;
    const std::string block(std::size_t{1} << 20, 'x');
    bool written = true;
    {
        reports::ReportSink sink(fd);
        for (std::uint64_t left = bytes; left > 0;) {
            const std::size_t size = static_cast<std::size_t>(std::min<std::uint64_t>(left, block.size()));
            sink.append(std::string_view(block).substr(0, size));
            sink.spill();
            left -= size;
        }
        written = sink.finish() == 0;
    }
    ::close(fd);
    return written;
}

/// Adds a row for a stage that runs after parsing, compared with the floor.
void add_after_parse(FileReport& report, std::string stage, const Measurement& measurement) {
    report.after_parse.push_back(
        {std::move(stage), measurement,
         ratio_note(measurement.cpu_seconds, report.floor_cpu_seconds, "floor")});
}

/// The analysis and the reports `analyze --json --html` writes, on the loaded model. The
/// topology and the simulation are timed alone too; `analyze` builds them again itself, so
/// only its row counts towards "everything after parsing".
void bench_analysis(int repeat, const inventory::Inventory& model, FileReport& report) {
    const auto nothing = [] {};
    report.stages.push_back({"  of which: topology graph", measure_stage(repeat, nothing, [&] {
                                 const analyzer::Topology topology(model);
                                 return topology.components().size() > 0;
                             }), ""});
    report.stages.push_back({"  of which: graph + rollout simulation", measure_stage(repeat, nothing, [&] {
                                 const analyzer::Topology topology(model);
                                 const analyzer::RolloutSimulation simulation(model, topology);
                                 return true;
                             }), ""});
    std::optional<analyzer::AnalysisResult> result;
    add_after_parse(report, "  analyze: graph + simulation + rules",
                    measure_stage(repeat, [&] { result.reset(); }, [&] {
                        result = analyzer::analyze(model, analyzer::AnalysisOptions{});
                        return true;
                    }));
    report.findings = result->findings.size();
    const reports::ReportContext context = reports::make_report_context();
    const reports::ReportInput input{model, *result, context};
    // HTML is measured when this build has it; the table says so when it does not. Each
    // report is rendered into a file, as the command writes it: in blocks, never whole in memory.
    std::uint64_t report_bytes = 0;
    for (const std::string_view name : {"json", "html"}) {
        const reports::ReportFormat* format = reports::find_report_format(name);
        if (format == nullptr) continue;
        std::uint64_t bytes = 0;
        add_after_parse(report, "  render " + std::string(name) + " into a file",
                        measure_stage(repeat, nothing, [&] { return render_into_file(*format, input, bytes); }));
        report.rendered.emplace_back(name);
        report_bytes += bytes;
    }
    char stage[96];
    std::snprintf(stage, sizeof stage, "  (floor: write the reports' %.1f MB)",
                  static_cast<double>(report_bytes) / 1e6);
    const Measurement bytes_floor =
        measure_stage(repeat, nothing, [&] { return write_bytes_into_file(report_bytes); });
    report.reports_bytes_floor = StageRow{stage, bytes_floor,
                                       ratio_note(bytes_floor.cpu_seconds, report.floor_cpu_seconds, "floor")};
}

/// The in-process stages, each measured on the previous one's output.
void bench_stages(const BenchOptions& options, const std::string& path, FileReport& report) {
    const int repeat = options.repeat;
    std::string text;
    std::string scratch;
    std::optional<inventory::Inventory> model;
    const auto nothing = [] {};

    report.stages.push_back({"read file", measure_stage(repeat, nothing, [&] {
                               text = read_file(path);
                               return !text.empty();
                           }), ""});
    const Measurement floor = measure_stage(repeat, [&] { scratch = text; }, [&] {
        return parse_xml_floor(scratch);
    });
    scratch = std::string{};
    report.floor_cpu_seconds = floor.cpu_seconds;
    report.stages.push_back({"pugixml parse, bare (floor)", floor, "1.00 x floor"});
    const Measurement xml_step = measure_stage(repeat, nothing, [&] {
        return parse_xml_like_loader(text);
    });
    report.stages.push_back({"loader XML step (copy, lines, parse)", xml_step,
                           ratio_note(xml_step.cpu_seconds, floor.cpu_seconds, "floor")});
    const Measurement load = measure_stage(repeat, [&] { model.reset(); }, [&] {
        model = inventory::load_inventory_text(text, path).inventory;
        return model.has_value();
    });
    report.stages.push_back({"load text: parse + validate + model", load,
                           ratio_note(load.cpu_seconds, floor.cpu_seconds, "floor")});
    report.after_parse.push_back({"  validate + model (load - XML step)",
                                  {.seconds = std::max(0.0, load.seconds - xml_step.seconds),
                                   .cpu_seconds =
                                       std::max(0.0, load.cpu_seconds - xml_step.cpu_seconds),
                                   .peak_known = false},
                                  ""});
    text = std::string{};
    report.stages.push_back({"load file (as the command does)", measure_stage(repeat, [&] {
                               model.reset();
                           }, [&] {
                               model = inventory::load_inventory_file(path).inventory;
                               return model.has_value();
                           }), ""});
    if (!model) return;
    report.servers = model->servers.size();
    report.sites = model->sites.size();
    bench_analysis(repeat, *model, report);
}

/// The reference a user already has, and the tool itself, as child processes.
void bench_commands(const BenchOptions& options, const std::string& path, FileReport& report) {
    // Child processes run as a user starts them, environment unchanged (the tool's heap takes
    // huge pages by itself); xmllint also with glibc's malloc on huge pages, the nearest thing
    // to the tool's heap it can have, for a like-for-like view.
    if (options.xmllint) {
        const std::vector<std::string> xmllint_argv = {"xmllint", "--noout", path};
        const Measurement xmllint = measure_command(options.repeat, xmllint_argv, nullptr);
        report.commands.push_back({"xmllint --noout (subprocess)", xmllint,
                               ratio_note(xmllint.cpu_seconds, report.floor_cpu_seconds, "floor")});
        if (xmllint.ok) report.xmllint = xmllint;
        const Measurement huge = measure_command(options.repeat, xmllint_argv, "glibc.malloc.hugetlb=1");
        report.commands.push_back({"  the same with malloc on huge pages", huge,
                                   ratio_note(huge.cpu_seconds, report.floor_cpu_seconds, "floor")});
    }
    // The run the targets are about: analyze writing every report a board needs.
    const std::filesystem::path out_dir = std::filesystem::temp_directory_path() /
                                          ("upgrade-risk-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(out_dir);
    std::vector<std::string> argv = {options.tool, "analyze", path};
    std::string command = "upgrade-risk analyze";
    for (const std::string& name : report.rendered) {
        argv.insert(argv.end(), {"--" + name, (out_dir / ("report." + name)).string()});
        command += " --" + name;
    }
    const Measurement whole = measure_command(options.repeat, argv, nullptr);
    // The planner with the same reports: it analyses the rollout before and after.
    std::vector<std::string> plan_argv = argv;
    plan_argv[1] = "plan";
    plan_argv.insert(plan_argv.end(), {"-o", (out_dir / "planned.xml").string()});
    const Measurement plan = measure_command(options.repeat, plan_argv, nullptr);
    // A CI gate: the same JSON again, compared with the first run's (--baseline).
    const std::string json = (out_dir / "report.json").string();
    const Measurement gate = measure_command(
        options.repeat, {options.tool, "analyze", path, "--baseline", json, "-o", "json=" + json + ".again"}, nullptr);
    // The run a user starts first: no report asked for, the terminal summary on stdout.
    const Measurement summary = measure_command(options.repeat, {options.tool, "analyze", path}, nullptr);
    // Every report a planner's run can write, for the target on small organizations.
    std::vector<std::string> every_argv = {options.tool, "analyze", path};
    for (const reports::ReportFormat& format : reports::report_formats()) {
        const std::string name(format.name);
        every_argv.insert(every_argv.end(), {"-o", name + "=" + (out_dir / ("every." + name)).string()});
    }
    const Measurement every = measure_command(options.repeat, every_argv, nullptr);
    std::filesystem::remove_all(out_dir);
    std::string note = ratio_note(static_cast<double>(whole.peak_bytes),
                                  static_cast<double>(report.file_bytes),
                                  "file size (target <= 4)");
    if (report.xmllint) {
        note += ", " + ratio_note(whole.cpu_seconds, report.xmllint->cpu_seconds,
                                  "xmllint (target <= 1)");
    }
    report.commands.push_back({command + " (subprocess)", whole, note});
    report.commands.push_back({"upgrade-risk analyze --baseline report.json -o json (subprocess)", gate,
                               ratio_note(gate.cpu_seconds, whole.cpu_seconds, "--json --html")});
    report.commands.push_back({"upgrade-risk analyze, the terminal summary (subprocess)", summary,
                               ratio_note(summary.cpu_seconds, whole.cpu_seconds, "--json --html")});
    report.commands.push_back({"upgrade-risk analyze, every report (subprocess)", every,
                               report.servers <= 10'000 ? "target < 0.1 s cpu at 1k-10k servers" : ""});
    report.commands.push_back({"upgrade-risk plan -o planned.xml, same reports (subprocess)", plan,
                               ratio_note(plan.cpu_seconds, whole.cpu_seconds, "analyze (target <= 2)")});
    report.whole = whole;
}

FileReport bench_file(BenchOptions options, const std::string& path) {
    constexpr std::uint64_t kLargeFile = 100'000'000;
    FileReport report;
    report.path = path;
    report.file_bytes = std::filesystem::file_size(path);
    if (report.file_bytes >= kLargeFile) options.repeat = options.repeat_large;
    report.repeat = options.repeat;
    bench_stages(options, path, report);
    bench_commands(options, path, report);
    return report;
}

std::optional<BenchOptions> parse_arguments(int argc, char** argv) {
    BenchOptions options;
    options.tool = (std::filesystem::canonical("/proc/self/exe").parent_path() / "upgrade-risk")
                       .string();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            options.repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--repeat-large" && i + 1 < argc) {
            options.repeat_large = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--tool" && i + 1 < argc) {
            options.tool = argv[++i];
        } else if (arg == "--no-xmllint") {
            options.xmllint = false;
        } else if (!arg.empty() && arg[0] != '-') {
            options.files.push_back(arg);
        } else {
            return std::nullopt;
        }
    }
    if (options.files.empty()) return std::nullopt;
    return options;
}

}  // namespace
}  // namespace upgrade_risk::perf

int main(int argc, char** argv) {
    using namespace upgrade_risk::perf;
    const auto options = parse_arguments(argc, argv);
    if (!options) {
        std::cerr << kUsage;
        return 2;
    }
    std::printf("best of %d runs (%d for files of 100 MB and more); ratios use cpu time (user +\n"
                "system), steadier than wall time on a shared machine; peak = resident-set growth\n"
                "during the stage; in-process stages run on the tool's own heap (%s)\n",
                options->repeat, options->repeat_large, std::string(upgrade_risk::cli::heap_description()).c_str());
    std::vector<FileReport> reports;
    bool all_ok = true;
    for (const std::string& file : options->files) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(file, error)) {
            std::cerr << "upgrade-risk-bench: no such file " << file << '\n';
            return 2;
        }
        reports.push_back(bench_file(*options, file));
        print_file_report(reports.back());
        std::fflush(stdout);
        for (const auto* rows : {&reports.back().stages, &reports.back().commands}) {
            for (const StageRow& row : *rows) all_ok = all_ok && row.measurement.ok;
        }
    }
    print_scaling(reports);
    return all_ok ? 0 : 1;
}
