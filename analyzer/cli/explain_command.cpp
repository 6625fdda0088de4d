#include "analyzer/cli/commands.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/rule_docs.h"
#include "inventory/nearest_name.h"

namespace upgrade_risk::cli {
namespace {

/// The nearest id to a misspelling; for part of an id ("backout-single"), the ids holding it.
std::string suggestion(const std::string& wrong, const std::vector<std::string>& ids) {
    if (std::string near = inventory::did_you_mean(wrong, ids); !near.empty()) return near;
    std::vector<std::string> holding;
    for (const auto& id : ids) {
        if (!wrong.empty() && id.find(wrong) != std::string::npos) holding.push_back("'" + id + "'");
    }
    if (holding.empty()) return "";
    return " (did you mean " + inventory::list_choices(holding) + "?)";
}

}  // namespace

int run_explain(const std::string& rule_id) {
    const auto& docs = analyzer::rule_docs();
    const auto found = std::find_if(docs.begin(), docs.end(),
                                    [&](const analyzer::RuleDoc& doc) { return doc.id == rule_id; });
    if (found != docs.end()) {
        std::cout << found->markdown;
        return kExitOk;
    }
    std::vector<std::string> ids;
    for (const analyzer::RuleDoc& doc : docs) ids.emplace_back(doc.id);
    std::cerr << "upgrade-risk: error: no rule called '" << rule_id << "'"
              << suggestion(rule_id, ids) << "; `upgrade-risk rules` lists them all\n";
    return kExitInvalidInput;
}

}  // namespace upgrade_risk::cli
