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

/// One row at a time, a field at a time, into the report's buffer: a finding's row needs no
/// string of its own per field (a 10k-server organization's CSV made 21 of them per finding).
class RowWriter {
  public:
    explicit RowWriter(std::string& out) : out_(out) {}

    void field(std::string_view text) {
        if (fields_++ > 0) out_ += ',';
        append_csv_field(out_, text);
    }
    void number(std::uint64_t value) { field(std::to_string(value)); }
    /// The items (anything a std::string_view is made from) with `separator` between them.
    template <typename Items>
    void joined(const Items& items, std::string_view separator) {
        scratch_.clear();
        for (const auto& item : items) {
            if (!scratch_.empty()) scratch_ += separator;
            scratch_ += std::string_view(item);
        }
        field(scratch_);
    }
    void end_row() {
        out_ += "\r\n";
        fields_ = 0;
    }

  private:
    std::string& out_;
    std::string scratch_;  ///< A joined field, reused from row to row.
    std::size_t fields_ = 0;
};

void write_finding_row(RowWriter& row, const Finding& finding, std::string_view state,
                       const analyzer::AnalysisResult& result, const inventory::Inventory& inventory) {
    const FindingSubject subject = subject_of(finding, inventory);
    const auto kept = result.words(finding);
    const analyzer::FindingWords& words = *kept;
    std::vector<std::string_view> missing;
    std::vector<std::string> prerequisites;
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const analyzer::Prerequisite& prerequisite = finding.prerequisites[i];
        const std::string_view id = prerequisite_id(prerequisite);
        if (!prerequisite.satisfied) missing.push_back(id);
        prerequisites.push_back(analyzer::concat(
            {id, prerequisite.satisfied ? ": satisfied: " : ": missing: ", words.prerequisites[i]}));
    }
    const auto location_part = [&row](std::uint32_t n) {
        if (n > 0) row.number(n);
        else row.field("");
    };
    const analyzer::Impact* impact = finding.impact ? &*finding.impact : nullptr;
    row.field(state);
    row.field(analyzer::to_string(finding.severity()));
    row.field(analyzer::to_string(finding.confidence));
    row.field(finding.rule_id());
    row.field(words.title);
    row.field(subject.wave);
    row.field(subject.site);
    row.field(subject.server);
    row.joined(connector_names(finding.connectors, inventory), "; ");
    row.joined(finding.kb(), "; ");
    location_part(finding.location.line);
    location_part(finding.location.column);
    if (impact) {
        row.joined(site_names(impact->sites_cut_off, inventory), "; ");
        row.number(impact->sites_cut_off_count);
        row.number(impact->servers_cut_off);
        row.number(impact->mailboxes_cut_off);
    } else {
        for (int empty = 0; empty < 4; ++empty) row.field("");
    }
    row.joined(missing, "; ");
    row.joined(prerequisites, "\n");
    row.joined(words.evidence, "\n");
    row.joined(words.mitigations, "\n");
    row.field(analyzer::fingerprint(finding, inventory));
    row.end_row();
}

void write_resolved_row(RowWriter& row, const BaselineFinding& finding) {
    std::vector<std::string_view> fields(kColumns.size());
    fields[0] = "resolved";
    fields[1] = finding.severity;
    fields[3] = finding.rule;
    fields[4] = finding.title;
    fields[6] = finding.site;
    fields[7] = finding.server;
    fields.back() = finding.fingerprint;
    for (const std::string_view field : fields) row.field(field);
    row.end_row();
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
    RowWriter row(sink.text());
    for (const std::string_view column : kColumns) row.field(column);
    row.end_row();
    const auto& baseline = input.context.baseline;
    for (std::size_t i = 0; i < input.result.findings.size(); ++i) {
        const std::string_view state = baseline ? to_string(baseline->states[i]) : "";
        write_finding_row(row, input.result.findings[i], state, input.result, input.inventory);
        sink.spill();
    }
    if (baseline) {
        for (const BaselineFinding& finding : baseline->resolved) write_resolved_row(row, finding);
    }
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
