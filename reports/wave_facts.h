#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// What a manager asks of a wave first, the same in every report: how many servers it
/// upgrades and from which version (an upgrade from 4.0 takes about twice as long as one from
/// 5.0: Q179258), its findings by severity, its bridgehead moves, and whether it is blocked.
struct WaveFacts {
    std::size_t servers = 0;
    std::size_t from_4_0 = 0;
    std::size_t from_5_0 = 0;
    std::array<std::size_t, 5> findings{};  ///< By analyzer::Severity.
    std::size_t moves = 0;
    /// Critical findings of the wave whose recovery lacks a prerequisite: the wave must not
    /// start until they have it (the verdict's no-go).
    std::size_t blocked = 0;

    std::size_t findings_of(analyzer::Severity severity) const {
        return findings[static_cast<std::size_t>(severity)];
    }
};

/// One per wave of the rollout, in its order; empty without a rollout. O(upgrades + findings).
std::vector<WaveFacts> wave_facts(const inventory::Inventory& inventory,
                                  const analyzer::AnalysisResult& result);

/// "3 servers (2 from 4.0, 1 from 5.0)": the upgrades of a wave, and where from.
std::string wave_servers_text(const WaveFacts& wave);

/// "1 critical, 2 high" (the severities with findings, most severe first), or "no finding".
std::string wave_findings_text(const WaveFacts& wave);

/// Why a wave is blocked: "1 critical server lacks a recovery prerequisite"; "" when it is not.
std::string wave_blocked_text(const WaveFacts& wave);

/// How many waves a terminal summary or a Markdown ticket lists; the JSON has them all.
inline constexpr std::size_t kListedWavesAtMost = 20;

/// "and 480 more waves: the JSON report lists them all (rollout.waves)".
std::string more_waves_text(std::size_t total, std::size_t listed);

}  // namespace upgrade_risk::reports
