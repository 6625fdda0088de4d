#include "reports/html_section.h"

namespace upgrade_risk::reports {

namespace {

/// The stream kainjow renders into: appends straight to the section's string.
struct Appender {
    std::string& out;
    Appender& operator<<(const std::string& text) {
        out += text;
        return *this;
    }
};

}  // namespace

HtmlSection::HtmlSection(const TemplateSet& templates, std::string_view name, const HtmlData& page)
    : template_(templates.at(name)), page_(page) {}

void HtmlSection::add(const HtmlData& item) {
    kainjow::mustache::context<std::string> context(&page_);
    context.push(&item);
    Appender out{html_};
    template_.render(context, out);
}

}  // namespace upgrade_risk::reports
