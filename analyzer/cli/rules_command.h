#pragma once

namespace upgrade_risk::cli {

/// `upgrade-risk rules`: lists every rule with its severity, confidence and summary.
int run_rules();

}  // namespace upgrade_risk::cli
