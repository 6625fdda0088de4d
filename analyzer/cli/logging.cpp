#include "analyzer/cli/logging.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace upgrade_risk::cli {

void configure_logging(int verbosity) {
    auto logger = spdlog::stderr_logger_st("upgrade-risk");
    logger->set_pattern("upgrade-risk: %l: %v");
    logger->set_level(verbosity >= 2   ? spdlog::level::debug
                      : verbosity == 1 ? spdlog::level::info
                                       : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

}  // namespace upgrade_risk::cli
