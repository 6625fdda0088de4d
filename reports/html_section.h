#pragma once

#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "reports/html_data.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

/// One template rendered once per item, each time with the item in front of the page's data
/// (as a Mustache section over a list would see them), into one string of HTML that the page
/// places with a triple mustache. The page never holds every item's data: kainjow copies a
/// list whole each time it is stored, which made a large report cost far more to assemble
/// than to render.
class HtmlSection {
public:
    /// `page` must outlive the section; `name` is a file of templates (checked at load).
    HtmlSection(const TemplateSet& templates, std::string_view name, const HtmlData& page);

    /// Renders the template for `item` and appends the result.
    void add(const HtmlData& item);

    /// The HTML rendered so far, for data.set(); the section is left empty.
    std::string take() { return std::move(html_); }

private:
    kainjow::mustache::mustache template_;
    const HtmlData& page_;
    std::string html_;
};

}  // namespace upgrade_risk::reports
