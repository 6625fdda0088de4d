#include "reports/html_item.h"

#include <algorithm>

namespace upgrade_risk::reports {

namespace {

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

HtmlItem::Field& HtmlItem::field(std::string_view name, Kind kind) {
    auto found = std::find_if(fields_.begin(), fields_.end(),
                              [name](const Field& f) { return f.name == name; });
    if (found == fields_.end()) {
        found = fields_.emplace(fields_.end());
        found->name = name;
    }
    *found = Field{name, kind, false, {}, {}};
    return *found;
}

HtmlItem& HtmlItem::set(std::string_view name, std::string text) {
    field(name, Kind::text).text = std::move(text);
    return *this;
}

HtmlItem& HtmlItem::set(std::string_view name, bool flag) {
    field(name, Kind::flag).flag = flag;
    return *this;
}

HtmlItem& HtmlItem::set(std::string_view name, HtmlItem object) {
    field(name, Kind::object).items.push_back(std::move(object));
    return *this;
}

HtmlItem& HtmlItem::set(std::string_view name, List list) {
    field(name, Kind::list).items = std::move(list);
    return *this;
}

void HtmlItem::append_shape(std::string& key) const {
    for (const Field& f : fields_) {
        key += f.name;
        key += static_cast<char>(f.kind);
        switch (f.kind) {
            case Kind::text:
                if (blank(f.text)) {
                    key += '=';
                    key += f.text;
                    key += '\0';
                }
                break;
            case Kind::flag: key += f.flag ? '1' : '0'; break;
            case Kind::object:
            case Kind::list:
                key += std::to_string(f.items.size());
                key += '[';
                for (const HtmlItem& item : f.items) {
                    item.append_shape(key);
                    key += ',';
                }
                key += ']';
                break;
        }
    }
}

kainjow::mustache::data HtmlItem::with_holes(std::size_t& next) const {
    kainjow::mustache::data data;
    for (const Field& f : fields_) {
        const std::string name(f.name);
        switch (f.kind) {
            case Kind::text:
                if (blank(f.text)) {
                    data.set(name, f.text);
                    ++next;
                } else {
                    data.set(name, std::string(1, kHole) + std::to_string(next++) + '&' + kHoleEnd);
                }
                break;
            case Kind::flag: data.set(name, f.flag); break;
            case Kind::object: data.set(name, f.items.front().with_holes(next)); break;
            case Kind::list: {
                kainjow::mustache::data list(kainjow::mustache::data::type::list);
                for (const HtmlItem& item : f.items) list.push_back(item.with_holes(next));
                data.set(name, list);
                break;
            }
        }
    }
    return data;
}

void HtmlItem::append_values(std::vector<const std::string*>& values) const {
    for (const Field& f : fields_) {
        if (f.kind == Kind::text) values.push_back(&f.text);
        for (const HtmlItem& item : f.items) item.append_values(values);
    }
}

}  // namespace upgrade_risk::reports
