#pragma once

#include <concepts>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace upgrade_risk::reports {

class HtmlValue;

/// Named values, as the templates read them ({{name}}, {{#name}}), in the order they were set.
/// Names are string literals (they must outlive the object), each set once: a set() appends,
/// without looking for the name first (that search was most of the cost of building a card).
/// A handful of fields searched in order costs less than a hash table per object.
class HtmlObject {
  public:
    struct Field;

    HtmlObject();
    HtmlObject(std::initializer_list<Field> fields);
    HtmlObject(const HtmlObject&);
    HtmlObject(HtmlObject&&) noexcept;
    HtmlObject& operator=(const HtmlObject&);
    HtmlObject& operator=(HtmlObject&&) noexcept;
    ~HtmlObject();

    /// Sets `name`, which is not set yet, to `value`.
    HtmlObject& set(std::string_view name, HtmlValue value);

    /// The value of `name`, or nullptr.
    const HtmlValue* find(std::string_view name) const;

    const std::vector<Field>& fields() const { return fields_; }

  private:
    std::vector<Field> fields_;
};

/// The items a template repeats with {{#name}}...{{/name}}: held, or made while the page is
/// rendered. A made list is a count and a function that hands its items one at a time to the
/// renderer, so the page's hundreds of thousands of rows and cards never sit in memory together
/// (and a filtered list of findings needs no index of its own).
class HtmlList {
  public:
    using Visit = std::function<void(const HtmlValue&)>;
    using Make = std::function<void(const Visit&)>;

    HtmlList();
    /// A list of `size` items that `make` builds and hands to its Visit, in order, each time the
    /// list is rendered; `make` must hand over exactly `size` items.
    HtmlList(std::size_t size, Make make);

    /// Appends a held item (a list made by a function takes none). Copies of a held list share
    /// its items until one of them appends: every card of a rule shows the same explanation and
    /// KB links, and a card holding a copy of them made most of the cost of building it.
    void push_back(HtmlValue value);

    std::size_t size() const;
    bool empty() const { return size() == 0; }

    /// Calls `visit` with every item in order.
    void for_each(const Visit& visit) const;

  private:
    /// A made list's count and function, behind a pointer: every value is a variant that may
    /// be a list, and values are built and moved by the million.
    struct Made {
        std::size_t size;
        Make make;
    };

    std::shared_ptr<std::vector<HtmlValue>> items_;  ///< Held items, or none yet.
    std::shared_ptr<const Made> made_;
};

/// Text an HtmlValue refers to without copying it: words that outlive the rendering of the
/// value, such as a finding's words while its card is rendered, or the inventory's names.
struct Borrowed {
    std::string_view text;
};

/// One value of the page's view model: text, a flag, an object of named values, or a list.
/// Every part of the HTML page is built from these and rendered by reports/mustache_render.h.
class HtmlValue {
  public:
    HtmlValue(std::string text) : value_(std::move(text)) {}  // NOLINT: implicit
    /// Text held elsewhere, which must outlive this value and every copy of it.
    HtmlValue(Borrowed text) : value_(text.text) {}  // NOLINT: implicit
    /// Any other words (a literal, a std::string_view), copied.
    template <typename Words>
    requires std::convertible_to<const Words&, std::string_view> HtmlValue(const Words& text)
        : value_(std::in_place_type<std::string>, std::string_view(text)) {}  // NOLINT: implicit
    /// Only a real bool: a number or a pointer must not turn into a flag unnoticed.
    template <std::same_as<bool> Flag>
    HtmlValue(Flag flag) : value_(flag) {}                       // NOLINT: implicit
    HtmlValue(HtmlObject object) : value_(std::move(object)) {}  // NOLINT: implicit
    HtmlValue(HtmlList list) : value_(std::move(list)) {}        // NOLINT: implicit

    /// The text, or nullopt when this is not text.
    std::optional<std::string_view> text() const {
        if (const auto* held = std::get_if<std::string>(&value_)) return *held;
        if (const auto* borrowed = std::get_if<std::string_view>(&value_)) return *borrowed;
        return std::nullopt;
    }
    const HtmlObject* object() const { return std::get_if<HtmlObject>(&value_); }
    const HtmlList* list() const { return std::get_if<HtmlList>(&value_); }
    /// Whether this is the flag false.
    bool is_false() const {
        const bool* flag = std::get_if<bool>(&value_);
        return flag && !*flag;
    }

  private:
    std::variant<std::string, std::string_view, bool, HtmlObject, HtmlList> value_;
};

struct HtmlObject::Field {
    /// A constructor rather than an aggregate, so a field is built in place in its object
    /// (clang 14 has no parenthesized aggregate initialization).
    Field(std::string_view field_name, HtmlValue&& field_value) : name(field_name), value(std::move(field_value)) {}

    std::string_view name;
    HtmlValue value;
};

// Defined here, where the types their members hold are complete (clang needs them to be).
inline HtmlObject::HtmlObject() = default;
inline HtmlObject::HtmlObject(const HtmlObject&) = default;
inline HtmlObject::HtmlObject(HtmlObject&&) noexcept = default;
inline HtmlObject& HtmlObject::operator=(const HtmlObject&) = default;
inline HtmlObject& HtmlObject::operator=(HtmlObject&&) noexcept = default;
inline HtmlObject::~HtmlObject() = default;
inline std::size_t HtmlList::size() const {
    return made_ ? made_->size : items_ ? items_->size() : 0;
}
inline HtmlList::HtmlList() = default;
inline HtmlList::HtmlList(std::size_t size, Make make)
    : made_(std::make_shared<const Made>(Made{size, std::move(make)})) {}

// The lists below set their one field with set(), which moves it in: an object built from an
// initializer list copies each value out of it, every text twice.

/// A held list of {text: item} objects; the items are anything that converts to HtmlValue text.
template <typename Texts>
HtmlList text_items(const Texts& items) {
    HtmlList list;
    for (const auto& item : items) list.push_back(std::move(HtmlObject().set("text", std::string_view(item))));
    return list;
}

/// The same list, taking the strings over.
inline HtmlList text_items(std::vector<std::string>&& items) {
    HtmlList list;
    for (std::string& item : items) list.push_back(std::move(HtmlObject().set("text", std::move(item))));
    return list;
}

/// The same list borrowing its items' text, which must outlive the list and its copies.
template <typename Texts>
HtmlList borrowed_text_items(const Texts& items) {
    HtmlList list;
    for (const auto& item : items) list.push_back(std::move(HtmlObject().set("text", Borrowed{item})));
    return list;
}

}  // namespace upgrade_risk::reports
