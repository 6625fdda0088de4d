#include "analyzer/finding.h"
#include "reports/html_data.h"

namespace upgrade_risk::reports {

using list = HtmlList;
using object = HtmlObject;

void add_changes_data(const ReportInput& input, HtmlObject& data) {
    if (!input.context.baseline) return;  // no "changes" at all: the section is left out
    const BaselineComparison& baseline = *input.context.baseline;
    list resolved;
    for (const BaselineFinding& finding : baseline.resolved) {
        // Every name is set, empty or not, so a template never picks up a page-level value.
        resolved.push_back(object{{"severity", finding.severity},
                                  {"rule", finding.rule},
                                  {"title", finding.title},
                                  {"server", finding.server},
                                  {"has_server", !finding.server.empty()},
                                  {"site", finding.site},
                                  {"has_site", !finding.site.empty()}});
    }
    object changes{{"path", baseline.baseline_path},
                   {"written", baseline.baseline_generated},
                   {"has_written", !baseline.baseline_generated.empty()},
                   {"counts", change_counts(baseline)},
                   {"has_new", baseline.added > 0},
                   {"resolved", resolved},
                   {"has_resolved", !baseline.resolved.empty()}};
    data.set("changes", changes);
}

}  // namespace upgrade_risk::reports
