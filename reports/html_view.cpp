#include "reports/html_view.h"

#include <cassert>
#include <cstdint>
#include <cstring>

#include "inventory/byte_words.h"

namespace upgrade_risk::reports {

namespace {

/// The names are short and mostly differ in length or first letter: those are checked first,
/// then the bytes as two words that may overlap (a name of 4 to 16 bytes), which costs less
/// than the call to memcmp that was most of the cost of a lookup on a large page.
bool same_name(std::string_view a, std::string_view b) {
    const std::size_t size = a.size();
    if (size != b.size()) return false;
    if (size == 0) return true;
    if (a.front() != b.front()) return false;
    const char* x = a.data();
    const char* y = b.data();
    if (size >= 8 && size <= 16) {
        using inventory::byte_words::load;
        return load(x) == load(y) && load(x + size - 8) == load(y + size - 8);
    }
    if (size >= 4 && size < 8) {
        const auto load4 = [](const char* bytes) {
            std::uint32_t word = 0;
            std::memcpy(&word, bytes, sizeof word);
            return word;
        };
        return load4(x) == load4(y) && load4(x + size - 4) == load4(y + size - 4);
    }
    return a == b;
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
