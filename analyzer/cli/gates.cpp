#include "analyzer/cli/gates.h"

#include <iostream>
#include <string>
#include <vector>

#include "analyzer/cli/exit_codes.h"
#include "inventory/nearest_name.h"
#include "inventory/number_text.h"

namespace upgrade_risk::cli {
namespace {

using analyzer::Severity;

/// "high or critical": the severity and every worse one, as a gate's line names them.
std::string this_or_worse(Severity severity) {
    std::vector<std::string> names;
    for (int level = static_cast<int>(severity); level <= static_cast<int>(Severity::critical); ++level) {
        names.emplace_back(analyzer::to_string(static_cast<Severity>(level)));
    }
    return inventory::list_choices(names);
}

/// "3 findings are high or critical", "1 finding new since last.json is critical".
std::string findings_reaching(std::size_t count, std::string_view which, Severity severity) {
    return inventory::number_text(count) + (count == 1 ? " finding" : " findings") +
           std::string(which) + (count == 1 ? " is " : " are ") + this_or_worse(severity);
}

/// One gate that tripped: "upgrade-risk: --fail-on high: 3 findings are ...; exit status 1".
void say_tripped(std::string_view gate, std::string_view threshold, const std::string& why) {
    std::cerr << "upgrade-risk: " << gate << ' ' << threshold << ": " << why << "; exit status "
              << static_cast<int>(kExitFindings) << '\n';
}

}  // namespace

int apply_gates(const Gates& gates, const analyzer::AnalysisResult& result,
                const reports::BaselineComparison* since) {
    bool tripped = false;
    if (gates.fail_on) {
        std::size_t reaching = 0;
        for (int level = static_cast<int>(*gates.fail_on); level <= static_cast<int>(Severity::critical); ++level) {
            reaching += result.counts_by_severity[static_cast<std::size_t>(level)];
        }
        if (reaching > 0) {
            say_tripped("--fail-on", analyzer::to_string(*gates.fail_on),
                        findings_reaching(reaching, "", *gates.fail_on));
            tripped = true;
        }
    }
    if (gates.fail_on_verdict && result.verdict >= *gates.fail_on_verdict) {
        say_tripped("--fail-on-verdict", analyzer::to_string(*gates.fail_on_verdict),
                    "the verdict is " + std::string(analyzer::to_string(result.verdict)));
        tripped = true;
    }
    if (gates.fail_on_new && since) {
        std::size_t reaching = 0;
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            if (since->states[i] == reports::BaselineState::added &&
                result.findings[i].severity() >= *gates.fail_on_new) {
                ++reaching;
            }
        }
        if (reaching > 0) {
            say_tripped("--fail-on-new", analyzer::to_string(*gates.fail_on_new),
                        findings_reaching(reaching, " new since " + since->baseline_path, *gates.fail_on_new));
            tripped = true;
        }
    }
    return tripped ? kExitFindings : kExitOk;
}

}  // namespace upgrade_risk::cli
