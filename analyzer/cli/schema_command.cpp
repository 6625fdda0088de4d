#include "analyzer/cli/commands.h"

#include <iostream>

#include "analyzer/cli/exit_codes.h"
#include "inventory_schema.h"

namespace upgrade_risk::cli {

int run_schema() {
    std::cout << kInventorySchema << std::flush;
    return std::cout ? kExitOk : kExitInvalidInput;
}

}  // namespace upgrade_risk::cli
