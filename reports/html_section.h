#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "reports/html_data.h"
#include "reports/report_sink.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

/// One template rendered once per item, each time with the item in front of the page's data
/// (as a Mustache section over a list would see them), straight into the report's sink. The
/// page never holds every item's data: kainjow copies a list whole each time it is stored,
/// which made a large report cost far more to assemble than to render.
class HtmlSection {
public:
    HtmlSection(const std::string& text, const HtmlData& page, ReportSink& sink);

    /// Renders the template for `item` into the sink.
    void add(const HtmlData& item);

private:
    kainjow::mustache::mustache template_;
    const HtmlData& page_;
    ReportSink& sink_;
};

/// The repeated parts of the page. The page is rendered with a short placeholder for each and
/// written out afterwards; each part's items are rendered at its placeholder, one at a time,
/// so tens of megabytes of rows and cards are never held in memory, copied through kainjow's
/// line buffer or spliced into the page. A placeholder is "\x01N\x01", which no inventory text
/// can hold (the loader refuses control characters).
class HtmlSections {
public:
    /// Adds the items of one part, each with HtmlSection::add.
    using Items = std::function<void(HtmlSection&)>;

    explicit HtmlSections(const TemplateSet& templates) : templates_(templates) {}

    /// A placeholder for the items `items` gives a section of template `name` (a file of
    /// templates, checked at load) in front of `page`. `page` and whatever `items` refers to
    /// must outlive write().
    std::string defer(std::string_view name, const HtmlData& page, Items items);

    /// Writes `page` into `sink`, each placeholder replaced by its part.
    void write(std::string_view page, ReportSink& sink) const;

private:
    struct Part {
        const std::string& text;
        const HtmlData& page;
        Items items;
    };

    const TemplateSet& templates_;
    std::vector<Part> parts_;
};

}  // namespace upgrade_risk::reports
