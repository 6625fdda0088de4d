#include "analyzer/cli/commands.h"

#include <iostream>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/inventory_summary.h"
#include "analyzer/cli/load.h"
#include "analyzer/cli/progress.h"
#include "inventory/input_limits.h"

namespace upgrade_risk::cli {

int run_validate(const ValidateOptions& options) {
    Progress progress = Progress::for_inventory(options.inventory_path);
    progress.stage("reading and checking " + inventory::inventory_name(options.inventory_path));
    const auto inventory = load_and_report(options.inventory_path, options.max_diagnostics);
    progress.done();
    if (!inventory) return kExitInvalidInput;
    std::cout << format_inventory_summary(*inventory);
    return kExitOk;
}

}  // namespace upgrade_risk::cli
