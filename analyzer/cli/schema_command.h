#pragma once

namespace upgrade_risk::cli {

/// `upgrade-risk schema`: prints the XSD of inventory format 1 (compiled in), for editors and
/// xmllint.
int run_schema();

}  // namespace upgrade_risk::cli
