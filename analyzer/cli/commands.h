#pragma once

#include <string>

#include "analyzer/cli/diagnostic_limit.h"

namespace upgrade_risk::cli {

/// What `upgrade-risk init` was asked for.
struct InitOptions {
    std::string path = "inventory.xml";  ///< Where to write the starter inventory; "-" is stdout.
    bool force = false;                  ///< Overwrite an existing file.
};

/// `upgrade-risk init`: writes a commented starter inventory to edit, never over an existing
/// file unless --force.
int run_init(const InitOptions& options);

/// What `upgrade-risk validate` was asked for.
struct ValidateOptions {
    std::string inventory_path;
    std::size_t max_diagnostics = kDiagnosticsPerKind;  ///< Of each kind; 0: all.
};

/// `upgrade-risk validate`: checks an inventory and prints a short summary of it.
int run_validate(const ValidateOptions& options);

/// `upgrade-risk rules`: lists every rule with its severity, confidence and summary.
int run_rules();

/// `upgrade-risk explain RULE`: prints the rule's documentation page (built into the binary).
int run_explain(const std::string& rule_id);

/// `upgrade-risk schema`: prints the XSD of inventory format 1 (compiled in), for editors and
/// xmllint.
int run_schema();

}  // namespace upgrade_risk::cli
