#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/names.h"
#include "inventory/text_encoding.h"
#include "reports/html_data.h"
#include "reports/mustache_render.h"
#include "reports/wave_facts.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;

/// Rows of the waves table; the JSON has every wave.
constexpr std::size_t kWaveRowsAtMost = 100;
/// Waves on the timeline: past this many the marks and names no longer fit a printed page.
constexpr std::size_t kTimelineWavesAtMost = 40;
/// Characters of a wave's name under its mark.
constexpr std::size_t kTimelineNameAtMost = 18;

/// The most severe severity with findings in the wave, or nullopt for none.
std::optional<Severity> worst(const WaveFacts& wave) {
    for (const Severity severity : analyzer::kSeveritiesWorstFirst) {
        if (wave.findings_of(severity) > 0) return severity;
    }
    return std::nullopt;
}

/// A mark whose shape says the worst severity, so the picture reads in grey too, as the report's
/// severity symbols do: a square for critical, a triangle for high, a diamond for medium, a
/// circle for low, a ring for the rest.
std::string mark(std::optional<Severity> severity, int x, int y) {
    const std::string cls = severity ? "mark mark-" + std::string(analyzer::to_string(*severity)) : "mark mark-none";
    const auto at = [&](int dx, int dy) { return std::to_string(x + dx) + "," + std::to_string(y + dy); };
    if (severity == Severity::critical) {
        return "<rect class=\"" + cls + "\" x=\"" + std::to_string(x - 9) + "\" y=\"" + std::to_string(y - 9) +
               "\" width=\"18\" height=\"18\"/>";
    }
    if (severity == Severity::high) {
        return "<polygon class=\"" + cls + "\" points=\"" + at(0, -11) + " " + at(10, 8) + " " + at(-10, 8) + "\"/>";
    }
    if (severity == Severity::medium) {
        return "<polygon class=\"" + cls + "\" points=\"" + at(0, -11) + " " + at(11, 0) + " " + at(0, 11) + " " +
               at(-11, 0) + "\"/>";
    }
    if (severity == Severity::low) {
        return "<circle class=\"" + cls + "\" cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) + "\" r=\"9\"/>";
    }
    return "<circle class=\"mark mark-none\" cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) + "\" r=\"7\"/>";
}

/// Each wave's place on the axis, from `left` to `right`: by its start when every wave shown has
/// one and they span some time, otherwise evenly in the order the waves run.
std::vector<int> positions(const std::vector<inventory::Wave>& waves, std::size_t shown, int left, int right,
                           bool& by_time) {
    std::vector<int> x(shown);
    by_time = shown > 1 && std::all_of(waves.begin(), waves.begin() + static_cast<std::ptrdiff_t>(shown),
                                       [](const inventory::Wave& wave) { return wave.start.has_value(); });
    std::int64_t first = 0;
    std::int64_t last = 0;
    if (by_time) {
        first = last = waves[0].start->epoch_seconds;
        for (std::size_t w = 0; w < shown; ++w) {
            first = std::min(first, waves[w].start->epoch_seconds);
            last = std::max(last, waves[w].start->epoch_seconds);
        }
        by_time = last > first;
    }
    for (std::size_t w = 0; w < shown; ++w) {
        const double share = by_time ? static_cast<double>(waves[w].start->epoch_seconds - first) /
                                           static_cast<double>(last - first)
                             : shown == 1 ? 0.5
                                          : static_cast<double>(w) / static_cast<double>(shown - 1);
        x[w] = left + static_cast<int>(share * (right - left));
    }
    return x;
}

/// The waves on a time axis, drawn here so the page needs no script; the table beside it gives
/// the same facts. Wave names are escaped; everything else is numbers and words of our own.
std::string timeline(const std::vector<inventory::Wave>& waves, const std::vector<WaveFacts>& facts,
                     bool& by_time) {
    constexpr int width = 960;
    constexpr int left = 70;
    constexpr int right = 890;
    constexpr int axis = 56;
    constexpr int height = 150;
    const std::size_t shown = std::min(waves.size(), kTimelineWavesAtMost);
    const std::vector<int> x = positions(waves, shown, left, right, by_time);
    std::string svg = "<svg class=\"timeline\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) + "\">";
    svg += "<line class=\"axis\" x1=\"" + std::to_string(left - 20) + "\" y1=\"" + std::to_string(axis) + "\" x2=\"" +
           std::to_string(right + 20) + "\" y2=\"" + std::to_string(axis) + "\"/>";
    for (std::size_t w = 0; w < shown; ++w) {
        const int row = axis + 34 + static_cast<int>(w % 2) * 20;  // names alternate between two rows
        if (facts[w].blocked > 0) {
            svg += "<circle class=\"blocked-ring\" cx=\"" + std::to_string(x[w]) + "\" cy=\"" + std::to_string(axis) +
                   "\" r=\"16\"/><text class=\"timeline-blocked\" x=\"" + std::to_string(x[w]) + "\" y=\"" +
                   std::to_string(axis - 24) + "\" text-anchor=\"middle\">BLOCKED</text>";
        }
        svg += mark(worst(facts[w]), x[w], axis);
        svg += "<text class=\"timeline-label\" x=\"" + std::to_string(x[w]) + "\" y=\"" + std::to_string(row) +
               "\" text-anchor=\"middle\">" + html_escaped(inventory::clip(waves[w].name, kTimelineNameAtMost)) +
               "</text>";
    }
    if (by_time) {
        const auto date = [&](std::size_t w) { return html_escaped(waves[w].start->text.substr(0, 10)); };
        svg += "<text class=\"timeline-label\" x=\"" + std::to_string(left - 20) + "\" y=\"" +
               std::to_string(height - 6) + "\">" + date(0) + "</text>";
        svg += "<text class=\"timeline-label\" x=\"" + std::to_string(right + 20) + "\" y=\"" +
               std::to_string(height - 6) + "\" text-anchor=\"end\">" + date(shown - 1) + "</text>";
    }
    return svg + "</svg>";
}

HtmlObject wave_row(const inventory::Wave& wave, const WaveFacts& facts) {
    HtmlObject row;
    const std::optional<Severity> severity = worst(facts);
    row.set("name", wave.name)
        .set("start", wave.start ? wave.start->text : std::string("not given"))
        .set("worst", severity ? std::string(analyzer::to_string(*severity)) : std::string("none"))
        .set("servers", analyzer::number_text(facts.servers))
        .set("from_4_0", analyzer::number_text(facts.from_4_0))
        .set("from_5_0", analyzer::number_text(facts.from_5_0))
        .set("findings", wave_findings_text(facts))
        .set("moves", analyzer::number_text(facts.moves))
        .set("is_blocked", facts.blocked > 0)
        .set("blocked", wave_blocked_text(facts));
    return row;
}

}  // namespace

void add_waves_data(const ReportInput& input, HtmlObject& data) {
    const std::vector<WaveFacts> facts = wave_facts(input.inventory, input.result);
    if (facts.empty()) return;
    const auto& waves = input.inventory.rollout->waves;
    HtmlObject section;
    HtmlList rows;
    for (std::size_t w = 0; w < waves.size() && w < kWaveRowsAtMost; ++w) rows.push_back(wave_row(waves[w], facts[w]));
    bool by_time = false;
    section.set("rows", std::move(rows))
        .set("count", analyzer::count_of(waves.size(), "wave"))
        .set("timeline_svg", timeline(waves, facts, by_time));
    // Placed in order when a wave drawn has no start, or when the starts span no time (a single
    // wave): the waves past the drawn ones do not decide the picture.
    const auto drawn_end = waves.begin() + static_cast<std::ptrdiff_t>(std::min(waves.size(), kTimelineWavesAtMost));
    const bool undated = std::any_of(waves.begin(), drawn_end, [](const inventory::Wave& wave) { return !wave.start; });
    std::string caption = by_time   ? "The waves on a time axis, by their starts"
                          : undated ? "The waves in the order they run (not every wave has a start to place it by)"
                                    : "The waves in the order they run";
    if (waves.size() > kTimelineWavesAtMost) {
        caption += "; the first " + analyzer::number_text(kTimelineWavesAtMost) + " of " +
                   analyzer::number_text(waves.size()) + " are drawn";
    }
    section.set("timeline_caption",
                caption + ". Shape and BLOCKED say what colour does: a square for a critical finding, a "
                          "triangle for high, a diamond for medium, a circle for low; the table gives the "
                          "same facts.");
    if (waves.size() > kWaveRowsAtMost) {
        section.set("more", HtmlObject().set("text", more_waves_text(waves.size(), kWaveRowsAtMost)));
    }
    data.set("waves", std::move(section));
}

}  // namespace upgrade_risk::reports
