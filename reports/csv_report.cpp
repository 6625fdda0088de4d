#include "reports/csv_report.h"

#include <array>
#include <cstdint>
#include <vector>

#include "analyzer/names.h"
#include "inventory/byte_words.h"
#include "reports/report_names.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Finding;

constexpr std::array kColumns = {
    "baseline_state", "severity",       "confidence",        "rule",
    "title",          "wave",           "site",              "server",
    "connectors",     "kb",             "line",              "column",
    "sites_cut_off",  "sites_cut_off_count", "servers_cut_off", "mailboxes_cut_off",
    "missing_prerequisites", "prerequisites", "evidence", "mitigations", "fingerprint",
};

/// The items (anything a std::string_view is made from) with `separator` between them.
template <typename Items>
std::string join(const Items& items, std::string_view separator) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += separator;
        joined += std::string_view(item);
    }
    return joined;
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        append_csv_field(out, fields[i]);
    }
    out += "\r\n";
}

std::vector<std::string> finding_row(const Finding& finding, std::string_view state,
                                     const analyzer::AnalysisResult& result,
                                     const inventory::Inventory& inventory) {
    const FindingSubject subject = subject_of(finding, inventory);
    const auto kept = result.words(finding);
    const analyzer::FindingWords& words = *kept;
    std::vector<std::string> missing;
    std::vector<std::string> prerequisites;
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
        const std::string_view id = prerequisite_id(prerequisite);
        if (!prerequisite.satisfied) missing.emplace_back(id);
        prerequisites.push_back(analyzer::concat(
            {id, prerequisite.satisfied ? ": satisfied: " : ": missing: ", words.prerequisites[i]}));
    }
    const auto location_part = [](std::uint32_t n) { return n > 0 ? std::to_string(n) : std::string(); };
    const analyzer::Impact* impact = finding.impact ? &*finding.impact : nullptr;
    return {std::string(state),
            std::string(analyzer::to_string(finding.severity())),
            std::string(analyzer::to_string(finding.confidence)),
            std::string(finding.rule_id()),
            words.title,
            std::string(subject.wave),
            std::string(subject.site),
            std::string(subject.server),
            join(connector_names(finding.connectors, inventory), "; "),
            join(finding.kb(), "; "),
            location_part(finding.location.line),
            location_part(finding.location.column),
            impact ? join(site_names(impact->sites_cut_off, inventory), "; ") : std::string(),
            impact ? std::to_string(impact->sites_cut_off_count) : std::string(),
            impact ? std::to_string(impact->servers_cut_off) : std::string(),
            impact ? std::to_string(impact->mailboxes_cut_off) : std::string(),
            join(missing, "; "),
            join(prerequisites, "\n"),
            join(words.evidence, "\n"),
            join(words.mitigations, "\n"),
            analyzer::fingerprint(finding, inventory)};
}

std::vector<std::string> resolved_row(const BaselineFinding& finding) {
    std::vector<std::string> row(kColumns.size());
    row[0] = "resolved";
    row[1] = finding.severity;
    row[3] = finding.rule;
    row[4] = finding.title;
    row[6] = finding.site;
    row[7] = finding.server;
    row.back() = finding.fingerprint;
    return row;
}

}  // namespace

void append_csv_field(std::string& out, std::string_view text) {
    const bool guarded = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    const bool quoted = inventory::byte_words::find_first<0, ',', '"', '\r', '\n'>(text, 0) < text.size();
    if (quoted) out += '"';
    if (guarded) out += '\'';
    if (!quoted) {
        out += text;
        return;
    }
    // Each quote doubled: the text up to and including it, then the quote again.
    for (std::size_t start = 0;;) {
        const std::size_t quote = text.find('"', start);
        if (quote == std::string_view::npos) {
            out.append(text, start);
            break;
        }
        out.append(text, start, quote + 1 - start);
        out += '"';
        start = quote + 1;
    }
    out += '"';
}

RenderError render_csv(const ReportInput& input, ReportSink& sink) {
    std::string& out = sink.text();
    append_row(out, std::vector<std::string>(kColumns.begin(), kColumns.end()));
    const auto& baseline = input.context.baseline;
    for (std::size_t i = 0; i < input.result.findings.size(); ++i) {
        const std::string_view state = baseline ? to_string(baseline->states[i]) : "";
        append_row(out, finding_row(input.result.findings[i], state, input.result, input.inventory));
        sink.spill();
    }
    if (baseline) {
        for (const BaselineFinding& finding : baseline->resolved) append_row(out, resolved_row(finding));
    }
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
