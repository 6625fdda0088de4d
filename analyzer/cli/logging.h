#pragma once

namespace upgrade_risk::cli {

/// Sends spdlog's output to stderr: warnings only by default, info with -v, debug with -vv.
void configure_logging(int verbosity);

}  // namespace upgrade_risk::cli
