#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/cli/diagnostic_limit.h"

namespace upgrade_risk::cli {

/// What `upgrade-risk plan` was asked to do, as typed.
struct PlanCommandOptions {
    std::string inventory_path;
    /// Each -o: FORMAT or FORMAT=FILE is a report of the planned inventory (as for analyze);
    /// anything else is where the planned inventory goes (exactly one).
    std::vector<std::string> outputs;
    std::string json_path;
    std::string html_path;
    std::optional<std::string> fail_on;
    std::optional<std::string> fail_on_verdict;
    std::optional<std::string> max_backup_age;
    std::optional<std::string> sarif_max_results;   ///< As for analyze.
    std::optional<std::string> sarif_min_severity;
    std::optional<std::string> target;   ///< --target, without a rollout.
    std::optional<std::size_t> max_per_wave;
    bool keep_waves = false;
    std::optional<std::string> start;    ///< --start of the first new wave.
    std::optional<std::string> spacing;  ///< --spacing between new waves.
    std::size_t max_diagnostics = kDiagnosticsPerKind;  ///< Of each kind; 0: all.
};

/// `upgrade-risk plan`: writes the planned inventory and the reports of its analysis, all or
/// nothing, and prints the plan against the rollout as it was; exit status as for analyze.
int run_plan(const PlanCommandOptions& options);

}  // namespace upgrade_risk::cli
