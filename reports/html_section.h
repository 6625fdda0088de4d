#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "reports/html_data.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

class HtmlSections;

/// One template rendered once per item, each time with the item in front of the page's data
/// (as a Mustache section over a list would see them), into one piece of HTML. The page never
/// holds every item's data: kainjow copies a list whole each time it is stored, which made a
/// large report cost far more to assemble than to render.
class HtmlSection {
public:
    /// Renders the template for `item` and appends the result.
    void add(const HtmlData& item);

    /// Hands the HTML rendered so far to the page; returns the placeholder to put in the data,
    /// where the page's template places it with a triple mustache.
    std::string take();

private:
    friend class HtmlSections;
    HtmlSection(HtmlSections& owner, const std::string& text, const HtmlData& page);

    HtmlSections& owner_;
    kainjow::mustache::mustache template_;
    const HtmlData& page_;
    std::string html_;
};

/// The repeated parts of the page: the templates they come from, and the pieces they rendered.
/// The page is rendered with a short placeholder for each piece and the pieces are spliced in
/// afterwards, so tens of megabytes of HTML are copied once, not through kainjow's line buffer,
/// its output and ours. A placeholder is "\x01N\x01", which no inventory text can hold (the
/// loader refuses control characters).
class HtmlSections {
public:
    explicit HtmlSections(const TemplateSet& templates) : templates_(templates) {}

    /// A section of template `name` (a file of templates, checked at load) in front of `page`,
    /// which must outlive it.
    HtmlSection section(std::string_view name, const HtmlData& page);

    /// Keeps `html` for splice(); returns its placeholder.
    std::string hold(std::string html);

    /// `page` with every placeholder replaced by its piece.
    std::string splice(std::string_view page) const;

private:
    const TemplateSet& templates_;
    std::vector<std::string> pieces_;
};

}  // namespace upgrade_risk::reports
