#include "reports/plan_text.h"

#include "analyzer/names.h"

namespace upgrade_risk::reports {
namespace {

using analyzer::Severity;
using analyzer::plan::RolloutFigures;

std::string row(std::string_view label, const std::string& before, const std::string& after) {
    std::string line = "  " + std::string(label);
    line.resize(28, ' ');
    line += before;
    line.resize(std::max(line.size(), std::size_t{50}), ' ');
    return line + after + '\n';
}

std::string count(const RolloutFigures& figures, Severity severity) {
    return analyzer::number_text(figures.by_severity[static_cast<int>(severity)]);
}

std::string verdict(analyzer::Verdict verdict) {
    std::string text(analyzer::to_string(verdict));
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

std::string plan_text(const analyzer::plan::PlanComparison& plan) {
    std::string text = "Plan: " + analyzer::count_of(plan.servers, "server") + " to " +
                       inventory::to_string(plan.target) + "\n\n";
    text += row("", "before", "after");
    text += row("verdict", verdict(plan.before.verdict), verdict(plan.after.verdict));
    for (const Severity severity : {Severity::critical, Severity::high, Severity::medium, Severity::low}) {
        text += row(analyzer::to_string(severity), count(plan.before, severity), count(plan.after, severity));
    }
    text += row("bridgehead-first order", analyzer::number_text(plan.before.order_findings),
                analyzer::number_text(plan.after.order_findings));
    text += row("waves", analyzer::number_text(plan.before.waves), analyzer::number_text(plan.after.waves));
    text += row("bridgehead moves", analyzer::number_text(plan.before.moves),
                analyzer::number_text(plan.after.moves));
    text += "\nHigh findings about the rollout: " + analyzer::number_text(plan.after.rollout_high) +
            "; the floor is " + analyzer::number_text(plan.high_floor) +
            (plan.floor_reached ? ", reached." : ", NOT reached.") + '\n';
    if (plan.high_floor > 0) {
        text += "  In " + analyzer::join_names(plan.floor_sites) +
                " no server runs 5.5 yet and none can reach it without being exposed, so the first "
                "to go carries the blocked-user-creation risk (Q195908). Installing a new 5.5 server "
                "in such a site first is the only way below the floor.\n";
    }
    if (!plan.limits.empty()) {
        text += "\nWhat the constraints cost\n";
        for (const std::string& limit : plan.limits) text += "  " + limit + '\n';
    }
    text += "\nDecisions\n";
    if (plan.decisions.empty()) text += "  None: the servers keep their waves and no role moves.\n";
    for (const std::string& decision : plan.decisions) text += "  " + decision + '\n';
    text += "\nStill to provide (the plan cannot create backups or kits)\n";
    if (plan.still_to_provide.empty()) {
        text += "  Nothing the analysis requires: no critical exposure remains, so no recovery "
                "prerequisite is needed. Keep a directory backup of every server before its upgrade "
                "anyway.\n";
    }
    for (const std::string& item : plan.still_to_provide) text += "  " + item + '\n';
    return text;
}

}  // namespace upgrade_risk::reports
