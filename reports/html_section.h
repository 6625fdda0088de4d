#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <kainjow/mustache.hpp>

#include "reports/html_data.h"
#include "reports/html_item.h"
#include "reports/report_sink.h"
#include "reports/template_set.h"

namespace upgrade_risk::reports {

/// One template rendered once per item, each time with the item in front of the page's data
/// (as a Mustache section over a list would see them), straight into the report's sink.
/// kainjow renders each shape of item (HtmlItem::append_shape) once, with markers for the
/// values; every other item of that shape is that rendering with its own values put in,
/// escaped as kainjow escapes them. Tens of thousands of rows and cards then cost a copy each
/// instead of a walk through kainjow's renderer and its data.
class HtmlSection {
public:
    HtmlSection(const std::string& text, const HtmlData& page, ReportSink& sink);

    /// Renders the template for `item` into the sink.
    void add(const HtmlItem& item);

private:
    /// Text the template gives every item of one shape, then the value that follows it.
    struct Piece {
        std::string literal;
        std::size_t value;  ///< Index into the item's values, or kNoValue after the last text.
        bool escaped;
    };
    using Rendering = std::vector<Piece>;
    static constexpr std::size_t kNoValue = static_cast<std::size_t>(-1);

    /// How items shaped like `item` render, worked out with kainjow the first time.
    Rendering render_shape(const HtmlItem& item);

    kainjow::mustache::mustache template_;
    const HtmlData& page_;
    ReportSink& sink_;
    std::unordered_map<std::string, Rendering> renderings_;
    std::string shape_;                          ///< Reused for each item's shape.
    std::vector<const std::string*> values_;     ///< Reused for each item's values.
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

    /// A section of template `name` rendering into `sink`: for rows nested in a part's items
    /// (a site's servers), which would otherwise make every item a shape of its own.
    HtmlSection section(std::string_view name, const HtmlData& page, ReportSink& sink) const {
        return HtmlSection(templates_.at(name), page, sink);
    }

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
