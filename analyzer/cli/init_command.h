#pragma once

#include <string>

namespace upgrade_risk::cli {

struct InitOptions {
    std::string path = "inventory.xml";  ///< Where to write the starter inventory; "-" is stdout.
    bool force = false;      ///< Overwrite an existing file.
};

/// `upgrade-risk init`: writes a commented starter inventory to edit, never over an existing
/// file unless --force.
int run_init(const InitOptions& options);

}  // namespace upgrade_risk::cli
