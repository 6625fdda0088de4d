#include "reports/plan_text.h"

#include <cctype>

#include "analyzer/names.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;
using analyzer::number_text;
using analyzer::plan::RolloutFigures;

std::string count(const RolloutFigures& figures, Severity severity) {
    return number_text(figures.by_severity[static_cast<int>(severity)]);
}

std::string verdict(analyzer::Verdict verdict) {
    std::string text(analyzer::to_string(verdict));
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::string row_text(const PlanRow& row) {
    std::string line = "  " + row.label;
    line.resize(28, ' ');
    line += row.before;
    line.resize(std::max(line.size() + 1, std::size_t{50}), ' ');
    return line + row.after + '\n';
}

}  // namespace

std::vector<PlanRow> plan_rows(const analyzer::plan::PlanComparison& plan) {
    std::vector<PlanRow> rows{{"verdict", verdict(plan.before.verdict), verdict(plan.after.verdict)}};
    for (const Severity severity : {Severity::critical, Severity::high, Severity::medium, Severity::low}) {
        rows.push_back({std::string(analyzer::to_string(severity)), count(plan.before, severity),
                        count(plan.after, severity)});
    }
    rows.push_back({"bridgehead-first order", number_text(plan.before.order_findings),
                    number_text(plan.after.order_findings)});
    rows.push_back({"waves", number_text(plan.before.waves), number_text(plan.after.waves)});
    rows.push_back({"bridgehead moves", number_text(plan.before.moves), number_text(plan.after.moves)});
    return rows;
}

std::vector<std::string> floor_sentences(const analyzer::plan::PlanComparison& plan) {
    std::vector<std::string> sentences{
        "High findings about the rollout: " + number_text(plan.after.rollout_high) + "; the floor is " +
        number_text(plan.high_floor) + (plan.floor_reached ? ", reached." : ", NOT reached.")};
    if (plan.high_floor > 0) {
        sentences.push_back("In " + analyzer::join_names(plan.floor_sites) +
                            " no server runs 5.5 before the rollout and none reaches it without "
                            "being exposed, so a failed upgrade of the first one blocks user "
                            "creation there (Q195908). Installing a new 5.5 server in such a site "
                            "first is the only way below the floor.");
    }
    return sentences;
}

std::vector<std::string> still_to_provide(const analyzer::plan::PlanComparison& plan) {
    if (!plan.still_to_provide.empty()) return plan.still_to_provide;
    return {"Nothing the analysis requires: no critical exposure remains, so no recovery "
            "prerequisite is needed. Keep a directory backup of every server before its upgrade "
            "anyway."};
}

std::string plan_text(const analyzer::plan::PlanComparison& plan) {
    std::string text = "Plan: " + analyzer::count_of(plan.servers, "server") + " to " +
                       inventory::to_string(plan.target) + "\n\n";
    text += row_text({"", "before", "after"});
    for (const PlanRow& row : plan_rows(plan)) text += row_text(row);
    text += '\n';
    for (const std::string& sentence : floor_sentences(plan)) text += sentence + '\n';
    if (!plan.limits.empty()) {
        text += "\nWhat the constraints cost\n";
        for (const std::string& limit : plan.limits) text += "  " + limit + '\n';
    }
    text += "\nDecisions\n";
    if (plan.decisions.empty()) text += "  None: the servers keep their waves and no role moves.\n";
    for (const std::string& decision : plan.decisions) text += "  " + decision + '\n';
    text += "\nStill to provide (the plan cannot create backups or kits)\n";
    for (const std::string& item : still_to_provide(plan)) text += "  " + item + '\n';
    return text;
}

}  // namespace upgrade_risk::reports
