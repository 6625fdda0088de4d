#include "reports/html_view.h"

#include <cassert>

namespace upgrade_risk::reports {

namespace {

/// The names are short and mostly differ in length or first letter: those are checked before
/// a call to memcmp, the cost of most lookups on a large page.
bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a == b));
}

/// Room for the fields of most objects built one set() at a time (a checklist row has 4, a
/// findings row 11), so that building one moves its fields once or twice, not four times.
constexpr std::size_t kFieldsReserved = 8;

}  // namespace

HtmlObject::HtmlObject(std::initializer_list<Field> fields) {
    fields_.reserve(fields.size());
    for (const Field& field : fields) set(field.name, field.value);
}

HtmlObject& HtmlObject::set(std::string_view name, HtmlValue value) {
    assert(find(name) == nullptr);
    if (fields_.empty()) fields_.reserve(kFieldsReserved);
    fields_.emplace_back(name, std::move(value));
    return *this;
}

const HtmlValue* HtmlObject::find(std::string_view name) const {
    for (const Field& field : fields_) {
        if (same_name(field.name, name)) return &field.value;
    }
    return nullptr;
}

void HtmlList::push_back(HtmlValue value) {
    assert(!made_);
    if (!items_) {
        items_ = std::make_shared<std::vector<HtmlValue>>();
    } else if (items_.use_count() > 1) {
        items_ = std::make_shared<std::vector<HtmlValue>>(*items_);  // this copy's own items now
    }
    items_->push_back(std::move(value));
}

void HtmlList::for_each(const Visit& visit) const {
    if (size() == 0) return;
    if (!made_) {
        for (const HtmlValue& item : *items_) visit(item);
        return;
    }
#ifdef NDEBUG
    made_->make(visit);
#else
    std::size_t made = 0;
    made_->make([&](const HtmlValue& item) {
        ++made;
        visit(item);
    });
    assert(made == made_->size);
#endif
}

}  // namespace upgrade_risk::reports
