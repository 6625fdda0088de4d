#include "analyzer/cli/commands.h"

#include <filesystem>
#include <iostream>

#include "analyzer/cli/exit_codes.h"
#include "reports/output_file.h"
#include "starter_inventory.h"

namespace upgrade_risk::cli {

int run_init(const InitOptions& options) {
    std::error_code ec;
    if (options.path != "-" && !options.force && std::filesystem::exists(options.path, ec)) {
        std::cerr << "upgrade-risk: error: '" << options.path
                  << "' already exists; nothing was written. Choose another name, or add --force "
                     "to replace it.\n";
        return kExitInvalidInput;
    }
    if (const auto error = reports::write_file_atomically(options.path, kStarterInventory, "")) {
        std::cerr << "upgrade-risk: error: " << *error << '\n';
        return kExitInvalidInput;
    }
    if (options.path != "-") {
        std::cerr << "wrote " << options.path << ": replace the sample names with your organization's, then run\n"
                  << "  upgrade-risk validate " << options.path << '\n';
    }
    return kExitOk;
}

}  // namespace upgrade_risk::cli
