#include "analyzer/cli/validate_command.h"

#include <iostream>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/load.h"

namespace upgrade_risk::cli {

int run_validate(const ValidateOptions& options) {
    const auto inventory = load_and_report(options.inventory_path);
    if (!inventory) return kExitInvalidInput;
    std::cout << options.inventory_path << ": valid inventory of organization '"
              << inventory->organization.name << "': " << inventory->sites.size() << " sites, "
              << inventory->servers.size() << " servers\n";
    return kExitOk;
}

}  // namespace upgrade_risk::cli
