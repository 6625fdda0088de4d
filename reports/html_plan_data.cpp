#include "analyzer/names.h"
#include "reports/html_data.h"
#include "reports/plan_text.h"

namespace upgrade_risk::reports {

void add_plan_data(const ReportInput& input, HtmlObject& data) {
    if (!input.context.plan) return;  // analyze: no "plan", the section is left out
    const analyzer::plan::PlanComparison& plan = *input.context.plan;
    HtmlList rows;
    for (const PlanRow& row : plan_rows(plan)) {
        rows.push_back(HtmlObject{{"label", row.label}, {"before", row.before}, {"after", row.after}});
    }
    data.set("plan", HtmlObject{{"servers", analyzer::count_of(plan.servers, "server")},
                                {"target", inventory::to_string(plan.target)},
                                {"rows", rows},
                                {"floor", text_items(floor_sentences(plan))},
                                {"limits", text_items(plan.limits)},
                                {"has_limits", !plan.limits.empty()},
                                {"decisions", text_items(plan.decisions)},
                                {"has_decisions", !plan.decisions.empty()},
                                {"still_to_provide", text_items(still_to_provide(plan))}});
}

}  // namespace upgrade_risk::reports
