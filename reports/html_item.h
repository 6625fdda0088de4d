#pragma once

#include <cstddef>
#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>
#include <vector>


namespace upgrade_risk::reports {

/// The values of one repeated part of the page (a findings row, a card, a site, a checklist
/// entry) as its template reads them: text, flags, nested objects and lists, by name. It costs
/// a fraction of kainjow's data (a hash table per object, copied whole when stored), and its
/// shape (which names, flags and list lengths) tells HtmlSection which rendering it can reuse.
class HtmlItem {
public:
    using List = std::vector<HtmlItem>;

    /// Sets a value; `name` must outlive the item (the names are literals). A name set again
    /// replaces its value, as in kainjow.
    HtmlItem& set(std::string_view name, std::string text);
    HtmlItem& set(std::string_view name, const char* text) { return set(name, std::string(text)); }
    HtmlItem& set(std::string_view name, bool flag);
    HtmlItem& set(std::string_view name, HtmlItem object);
    HtmlItem& set(std::string_view name, List list);

    /// Appends what tells this item's rendering apart from another's: the names, the kind of
    /// each value, flags, list lengths, and text that is empty or only blanks (kainjow drops a
    /// line left blank by a section, so such text can change the lines around it). Other text
    /// does not change the shape.
    void append_shape(std::string& key) const;

    /// The item as kainjow data, each text value that is not blank replaced by a marker
    /// (kHole, its number, '&', kHoleEnd): the number of the value in values() order.
    /// Rendered, a marker shows where the value goes and, by its '&' (escaped as "&amp;" or
    /// not), whether the template escapes it.
    kainjow::mustache::data with_holes(std::size_t& next) const;

    /// Every text value, in the order with_holes() numbers them.
    void append_values(std::vector<const std::string*>& values) const;

    static constexpr char kHole = '\x02';
    static constexpr char kHoleEnd = '\x03';

private:
    enum class Kind : char { text = 's', flag = 'f', object = 'o', list = 'l' };
    struct Field {
        std::string_view name;
        Kind kind = Kind::text;
        bool flag = false;
        std::string text;
        List items;  ///< An object's one item, or a list's items.
    };

    Field& field(std::string_view name, Kind kind);

    std::vector<Field> fields_;
};

/// A list of {text: item} objects; the items are std::string or std::string_view.
template <typename Texts>
HtmlItem::List text_items(const Texts& items) {
    HtmlItem::List list;
    list.reserve(std::size(items));
    for (const auto& item : items) {
        list.push_back(std::move(HtmlItem().set("text", std::string(std::string_view(item)))));
    }
    return list;
}

}  // namespace upgrade_risk::reports
