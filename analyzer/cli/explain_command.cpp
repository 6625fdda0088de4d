#include "analyzer/cli/explain_command.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/rule_docs.h"
#include "inventory/nearest_name.h"

namespace upgrade_risk::cli {

int run_explain(const std::string& rule_id) {
    const auto& docs = rule_docs();
    const auto found = std::find_if(docs.begin(), docs.end(),
                                    [&](const RuleDoc& doc) { return doc.id == rule_id; });
    if (found != docs.end()) {
        std::cout << found->markdown;
        return kExitOk;
    }
    std::vector<std::string> ids;
    for (const RuleDoc& doc : docs) ids.emplace_back(doc.id);
    std::cerr << "upgrade-risk: error: no rule called '" << rule_id << "'"
              << inventory::did_you_mean(rule_id, ids) << "; `upgrade-risk rules` lists them all\n";
    return kExitInvalidInput;
}

}  // namespace upgrade_risk::cli
