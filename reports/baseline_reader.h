#pragma once

#include <optional>
#include <string>

#include "reports/baseline.h"

namespace upgrade_risk::reports {

/// A baseline, or why it could not be read.
struct BaselineLoad {
    std::optional<Baseline> baseline;
    std::string error;  ///< "PATH:LINE: error: ..." in plain words when baseline is empty.
};

/// Reads a report written earlier by `upgrade-risk analyze -o json` (the --baseline option).
BaselineLoad read_baseline_file(const std::string& path);

/// Reads baseline JSON text; `path` is used in messages only.
BaselineLoad read_baseline_text(const std::string& text, const std::string& path);

}  // namespace upgrade_risk::reports
