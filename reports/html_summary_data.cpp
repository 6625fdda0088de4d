#include <set>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "inventory/timestamp.h"
#include "reports/html_data.h"
#include "reports/html_text.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using list = HtmlList;
using object = HtmlObject;

namespace {

constexpr Severity kSeverities[] = {Severity::critical, Severity::high, Severity::medium,
                                    Severity::low, Severity::info};

/// A bar chart of the counts, drawn here so the page needs no script; it only ever holds
/// numbers and severity words of our own, never inventory text.
std::string severity_chart(const analyzer::AnalysisResult& result) {
    std::size_t most = 1;
    for (const auto count : result.counts_by_severity) most = std::max(most, count);
    constexpr int row = 22;
    constexpr int bar_left = 70;
    constexpr int bar_span = 200;
    std::string svg = "<svg class=\"chart\" aria-hidden=\"true\" focusable=\"false\" width=\"320\" "
                      "height=\"" + std::to_string(row * 5 + 4) +
                      "\" viewBox=\"0 0 320 " + std::to_string(row * 5 + 4) + "\">";
    int y = 2;
    for (const Severity severity : kSeverities) {
        const auto count = result.counts_by_severity[static_cast<int>(severity)];
        const auto width = static_cast<int>(count * bar_span / most);
        const std::string name(analyzer::to_string(severity));
        svg += "<text x=\"0\" y=\"" + std::to_string(y + 15) + "\" class=\"chart-label\">" +
               name + "</text>";
        svg += "<rect x=\"" + std::to_string(bar_left) + "\" y=\"" + std::to_string(y + 3) +
               "\" width=\"" + std::to_string(std::max(width, 1)) +
               "\" height=\"15\" class=\"bar bar-" + name + "\"/>";
        svg += "<text x=\"" + std::to_string(bar_left + std::max(width, 1) + 6) + "\" y=\"" +
               std::to_string(y + 15) + "\" class=\"chart-label\">" + analyzer::number_text(count) +
               "</text>";
        y += row;
    }
    return svg + "</svg>";
}

}  // namespace

void add_summary_data(const ReportInput& input, HtmlObject& data) {
    const auto& inventory = input.inventory;
    const auto& result = input.result;
    data.set("org", inventory.organization.name);
    data.set("inventory_file", inventory.path);
    data.set("inventory_sha256", inventory.sha256);
    data.set("captured", inventory.captured ? inventory.captured->text : "not stated");
    if (!inventory.source_tool.empty()) data.set("source_tool", inventory.source_tool);
    data.set("generated", inventory::format_utc(input.context.generated_epoch_seconds));
    data.set("tool_version", input.context.tool_version);

    data.set("verdict_key", std::string(analyzer::to_string(result.verdict)));
    // The running header of every printed page, inside a CSS string of the print style.
    data.set("print_header", css_string_content("Upgrade risk: " + inventory.organization.name + " \xE2\x80\x94 " +
                                                std::string(verdict_label(result.verdict))));
    data.set("verdict_label", std::string(verdict_label(result.verdict)));
    data.set("verdict_symbol", std::string(verdict_symbol(result.verdict)));
    data.set("verdict_go", result.verdict == analyzer::Verdict::go);
    data.set("verdict_conditions", result.verdict == analyzer::Verdict::go_with_conditions);
    data.set("verdict_no_go", result.verdict == analyzer::Verdict::no_go);
    data.set("verdict_reason", result.verdict_reason);
    data.set("next_step", verdict_next_step(result.verdict));

    list counts;
    std::size_t total = 0;
    for (const Severity severity : kSeverities) {
        const auto count = result.counts_by_severity[static_cast<int>(severity)];
        total += count;
        counts.push_back(object{{"severity", std::string(analyzer::to_string(severity))},
                                {"symbol", std::string(severity_symbol(severity))},
                                {"count", analyzer::number_text(count)}});
    }
    data.set("counts", counts);
    data.set("total_findings", analyzer::number_text(total));
    data.set("severity_chart_svg", severity_chart(result));

    // Q195908 always, then every article a finding or mitigation cites, in number order.
    std::set<std::string> cited = {"Q195908"};
    for (const auto& finding : result.findings) {
        cited.insert(finding.kb().begin(), finding.kb().end());
        for (const auto& mitigation : finding.mitigations) {
            const auto& kb = analyzer::mitigation_kb(mitigation.kind);
            cited.insert(kb.begin(), kb.end());
        }
    }
    list references;
    for (const auto& id : cited) {
        object reference{{"id", id}};
        if (const auto url = kb_href(id)) reference.set("url", *url);
        if (const auto about = kb_summary(id)) reference.set("about", std::string(*about));
        references.push_back(reference);
    }
    data.set("kb_references", references);
    data.set("max_backup_age", analyzer::hours_text(input.result.options().max_backup_age_seconds));
}

}  // namespace upgrade_risk::reports
