#include "reports/html_report.h"

#include "reports/html_data.h"
#include "reports/html_section.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

namespace {

constexpr std::string_view kPage = "report.mustache";

std::string template_path(const ReportContext& context, std::string_view name) {
    return context.template_dir.empty() ? "built-in template " + std::string(name)
                                        : context.template_dir + "/" + std::string(name);
}

}  // namespace

RenderError render_html(const ReportInput& input, ReportSink& sink) {
    TemplateLoad load = load_templates(input.context.template_dir);
    if (!load.templates) return load.error;
    const TemplateSet& templates = *load.templates;

    HtmlData data;
    // Every other file is a partial, included by its full file name: {{> findings.mustache}},
    // {{> style.css}}. Data names never contain a dot, so the two cannot collide. They come
    // first: the rows, cards and sites rendered one by one in front of `data` include them.
    for (const auto& [name, text] : templates.files) {
        if (name == kPage) continue;
        const std::string* content = &text;
        data.set(name, kainjow::mustache::partial([content] { return *content; }));
    }
    add_summary_data(input, data);
    add_changes_data(input, data);
    const InventoryFacts facts(input.inventory);
    HtmlSections sections(templates);
    add_findings_data(input, sections, data);
    add_inventory_data(input, facts, sections, data);

    kainjow::mustache::mustache page(templates.at(kPage));
    if (!page.is_valid()) return check_mustache(template_path(input.context, kPage), templates.at(kPage));
    std::string skeleton;
    page.render(data, [&skeleton](const std::string& text) { skeleton += text; });
    if (!page.is_valid()) {
        return template_path(input.context, kPage) +
               ": error: a template it includes is broken: " + page.error_message();
    }
    sections.write(skeleton, sink);
    return std::nullopt;
}

}  // namespace upgrade_risk::reports
