#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "inventory/diagnostic.h"

namespace upgrade_risk::cli {

/// How many diagnostics of one kind are printed before the rest are counted (--max-diagnostics;
/// 0 prints them all), like a compiler's error limit.
inline constexpr std::size_t kDiagnosticsPerKind = 20;

/// Prints the diagnostics to standard error in file order, at most `per_kind` of each kind (the
/// same message with other names and numbers); then, for each kind with more, one line that
/// counts the rest and says where the first and last of them are; then the totals. `name` is
/// how the inventory is named in messages. Returns the number of errors.
std::size_t print_diagnostics(const std::vector<inventory::Diagnostic>& diagnostics,
                              const std::string& name, std::size_t per_kind);

}  // namespace upgrade_risk::cli
