#include "analyzer/cli/commands.h"

#include <iomanip>
#include <iostream>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/rule.h"

namespace upgrade_risk::cli {

int run_rules() {
    std::size_t width = 0;
    for (const auto* rule : analyzer::builtin_rules()) width = std::max(width, rule->id.size());
    for (const auto* rule : analyzer::builtin_rules()) {
        std::cout << std::left << std::setw(static_cast<int>(width) + 2) << rule->id
                  << std::setw(10) << analyzer::to_string(rule->severity) << rule->summary << '\n'
                  << std::string(width + 12, ' ') << "confidence: " << rule->confidence << '\n';
    }
    std::cout << "\nRead one: upgrade-risk explain RULE\n";
    return kExitOk;
}

}  // namespace upgrade_risk::cli
