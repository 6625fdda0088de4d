#include "tests/reports/kainjow_oracle.h"

#include <kainjow/mustache.hpp>

#include "reports/mustache_render.h"
#include "reports/template_embedded.h"
#include "reports/template_set.h"

namespace upgrade_risk::testing {

using namespace reports;

namespace {

kainjow::mustache::data to_kainjow(const HtmlValue& value) {
    using kainjow::mustache::data;
    if (const auto text = value.text()) return data(std::string(*text));
    if (const HtmlObject* object = value.object()) {
        data result(data::type::object);
        for (const auto& field : object->fields()) {
            result.set(std::string(field.name), to_kainjow(field.value));
        }
        return result;
    }
    if (const HtmlList* list = value.list()) {
        data result(data::type::list);
        list->for_each([&result](const HtmlValue& item) { result.push_back(to_kainjow(item)); });
        return result;
    }
    return data(value.is_false() ? data::type::bool_false : data::type::bool_true);
}

}  // namespace

std::string kainjow_render(const TemplateFiles& files, const std::string& page,
                           const HtmlValue& data) {
    kainjow::mustache::data context = to_kainjow(data);
    for (const auto& [name, text] : files) {
        const std::string* content = &text;
        context.set(name, kainjow::mustache::partial([content] { return *content; }));
    }
    kainjow::mustache::mustache tmpl(files.at(page));
    if (!tmpl.is_valid()) return "kainjow: " + tmpl.error_message();
    return tmpl.render(context);
}

std::string our_render(const TemplateFiles& files, const std::string& page, const HtmlValue& data) {
    const TemplateLoad load = compile_templates(files, "t");
    if (!load.templates) return load.error;
    ReportSink sink;
    render_mustache(load.templates->at(page), data, sink);
    return sink.text();
}

TemplateFiles builtin_files() {
    TemplateFiles files;
    for (const auto& file : embedded_templates()) {
        files.emplace(std::string(file.name), std::string(file.content));
    }
    return files;
}

}  // namespace upgrade_risk::testing
