#pragma once

#include <string>

namespace upgrade_risk::cli {

struct ValidateOptions {
    std::string inventory_path;
};

/// `upgrade-risk validate`: checks an inventory and prints a short summary of it.
int run_validate(const ValidateOptions& options);

}  // namespace upgrade_risk::cli
