#pragma once

#include <string_view>

namespace upgrade_risk::fuzz {

/// Puts `text` through everything an inventory meets in a run: loading and validation,
/// the analysis, and every registered report format, all in memory. Aborts (so libFuzzer
/// and the regression test see a crash) when a result breaks an invariant.
void run_pipeline(std::string_view text);

}  // namespace upgrade_risk::fuzz
