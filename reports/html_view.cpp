#include "reports/html_view.h"

#include <algorithm>
#include <cassert>

namespace upgrade_risk::reports {

HtmlObject::HtmlObject(std::initializer_list<Field> fields) {
    fields_.reserve(fields.size());
    for (const Field& field : fields) set(field.name, field.value);
}

HtmlObject& HtmlObject::set(std::string_view name, HtmlValue value) {
    const auto found = std::find_if(fields_.begin(), fields_.end(),
                                    [name](const Field& field) { return field.name == name; });
    if (found != fields_.end())
        found->value = std::move(value);
    else
        fields_.push_back(Field{name, std::move(value)});
    return *this;
}

const HtmlValue* HtmlObject::find(std::string_view name) const {
    for (const Field& field : fields_) {
        if (field.name == name) return &field.value;
    }
    return nullptr;
}

void HtmlList::push_back(HtmlValue value) {
    assert(!make_);
    items_.push_back(std::move(value));
}

void HtmlList::for_each(const Visit& visit) const {
    if (size() == 0) return;
    if (!make_) {
        for (const HtmlValue& item : items_) visit(item);
        return;
    }
    [[maybe_unused]] std::size_t made = 0;
    make_([&](const HtmlValue& item) {
        ++made;
        visit(item);
    });
    assert(made == size_);
}

}  // namespace upgrade_risk::reports
