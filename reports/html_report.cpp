#include "reports/html_report.h"

#include "reports/html_data.h"
#include "reports/mustache_render.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

HtmlObject html_page_data(const ReportInput& input, const InventoryFacts& facts) {
    HtmlObject data;
    add_summary_data(input, data);
    add_waves_data(input, data);
    add_changes_data(input, data);
    add_plan_data(input, data);
    add_findings_data(input, data);
    add_print_data(input, data);
    add_inventory_data(input, facts, data);
    return data;
}

RenderError render_html(const ReportInput& input, ReportSink& sink) {
    const TemplateLoad load = load_templates(input.context.template_dir);
    if (!load.templates) return load.error;
    const InventoryFacts facts(input.inventory);
    const HtmlValue page = html_page_data(input, facts);
    return render_mustache(load.templates->at("report.mustache"), page, sink);
}

}  // namespace upgrade_risk::reports
