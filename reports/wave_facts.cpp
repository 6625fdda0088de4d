#include "reports/wave_facts.h"

#include "analyzer/names.h"
#include "reports/summary_limits.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using inventory::Version;

std::vector<WaveFacts> wave_facts(const inventory::Inventory& inventory,
                                  const analyzer::AnalysisResult& result) {
    if (!inventory.rollout) return {};
    std::vector<WaveFacts> waves(inventory.rollout->waves.size());
    for (std::size_t w = 0; w < waves.size(); ++w) waves[w].moves = inventory.rollout->waves[w].moves.size();
    for (const analyzer::UpgradeEvaluation& evaluation : result.context().simulation.evaluations()) {
        if (!evaluation.wave) continue;
        WaveFacts& wave = waves[*evaluation.wave];
        ++wave.servers;
        if (evaluation.from.version == Version::v4_0) ++wave.from_4_0;
        if (evaluation.from.version == Version::v5_0) ++wave.from_5_0;
    }
    for (const analyzer::Finding& finding : result.findings) {
        if (!finding.wave) continue;
        WaveFacts& wave = waves[*finding.wave];
        ++wave.findings[static_cast<std::size_t>(finding.severity())];
        if (finding.severity() != Severity::critical) continue;
        for (const analyzer::Prerequisite& prerequisite : finding.prerequisites) {
            if (!prerequisite.satisfied) {
                ++wave.blocked;
                break;
            }
        }
    }
    return waves;
}

std::string wave_servers_text(const WaveFacts& wave) {
    std::string text = analyzer::count_of(wave.servers, "server");
    std::string from;
    if (wave.from_4_0 > 0) from = analyzer::number_text(wave.from_4_0) + " from 4.0";
    if (wave.from_5_0 > 0) from += (from.empty() ? "" : ", ") + analyzer::number_text(wave.from_5_0) + " from 5.0";
    return from.empty() ? text : text + " (" + from + ")";
}

std::string wave_findings_text(const WaveFacts& wave) {
    std::string text;
    for (const Severity severity : analyzer::kSeveritiesWorstFirst) {
        const std::size_t count = wave.findings_of(severity);
        if (count == 0) continue;
        text += (text.empty() ? "" : ", ") + analyzer::number_text(count) + " " +
                std::string(analyzer::to_string(severity));
    }
    return text.empty() ? "no finding" : text;
}

std::string more_waves_text(std::size_t total, std::size_t listed) {
    return and_more(total, listed, "waves: ") + "the JSON report lists them all (rollout.waves)";
}

std::string wave_blocked_text(const WaveFacts& wave) {
    if (wave.blocked == 0) return {};
    return analyzer::count_of(wave.blocked, "critical server") +
           (wave.blocked == 1 ? " lacks" : " lack") + " a recovery prerequisite";
}

}  // namespace upgrade_risk::reports
