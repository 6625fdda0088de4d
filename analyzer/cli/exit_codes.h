#pragma once

namespace upgrade_risk::cli {

/// Process exit statuses, the contract scripts and CI gates rely on.
enum ExitCode : int {
    kExitOk = 0,            ///< Analysed (or validated) and no gate tripped.
    kExitFindings = 1,      ///< A gate tripped: --fail-on, --fail-on-verdict or --fail-on-new.
    kExitInvalidInput = 2,  ///< Invalid inventory, bad usage, or an output that could not be written.
};

}  // namespace upgrade_risk::cli
