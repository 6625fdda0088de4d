#pragma once

namespace upgrade_risk::cli {

/// Process exit statuses, the contract scripts and CI gates rely on.
enum ExitCode : int {
    kExitOk = 0,            ///< Analysed (or validated) without reaching --fail-on.
    kExitFindings = 1,      ///< A finding at or above --fail-on exists.
    kExitInvalidInput = 2,  ///< Invalid inventory, bad usage, or an output that could not be written.
};

}  // namespace upgrade_risk::cli
