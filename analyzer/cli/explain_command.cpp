#include "analyzer/cli/explain_command.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/nearest_name.h"
#include "analyzer/cli/rule_docs.h"

namespace upgrade_risk::cli {

int run_explain(const std::string& rule_id) {
    const auto& docs = rule_docs();
    const auto found = std::find_if(docs.begin(), docs.end(),
                                    [&](const RuleDoc& doc) { return doc.id == rule_id; });
    if (found != docs.end()) {
        std::cout << found->markdown;
        return kExitOk;
    }
    std::vector<std::string_view> ids;
    for (const RuleDoc& doc : docs) ids.push_back(doc.id);
    std::cerr << "upgrade-risk: error: no rule called '" << rule_id << "'";
    const std::string nearest = nearest_name(rule_id, ids);
    if (!nearest.empty()) std::cerr << " (did you mean '" << nearest << "'?)";
    std::cerr << "; `upgrade-risk rules` lists them all\n";
    return kExitInvalidInput;
}

}  // namespace upgrade_risk::cli
