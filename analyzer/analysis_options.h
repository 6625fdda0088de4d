#pragma once

#include <cstdint>

namespace upgrade_risk::analyzer {

/// Settings a user can change from the command line; each default is given here only.
struct AnalysisOptions {
    /// A backup older than this before the wave start (or `captured`) does not qualify.
    std::int64_t max_backup_age_seconds = 24 * 3600;
};

}  // namespace upgrade_risk::analyzer
