#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::inventory {

/// How often a child element may appear in its parent.
struct ChildRule {
    std::string name;
    std::size_t min = 0;
    std::size_t max = std::numeric_limits<std::size_t>::max();  ///< Unbounded by default.
};

/// What the inventory format allows for one element: its attributes, and its children (in the
/// order they must appear, where order matters). The XSD (inventory/schema/inventory-1.xsd)
/// says the same.
struct ElementRule {
    std::string name;
    std::vector<std::string> required_attributes;
    std::vector<std::string> optional_attributes;
    std::vector<ChildRule> children;
    std::string parent;  ///< Where the element belongs; empty for the root.
    /// The children must come in the order of `children`; false where everything is referred
    /// to by name, so order carries no meaning (exports write it in every order).
    bool ordered = true;
};

/// The rule for element `name`, or nullptr when the format has no such element.
const ElementRule* find_element_rule(std::string_view name);

/// Every element name of the format but the root's.
const std::vector<std::string>& element_names();

/// Every attribute name `rule` (one find_element_rule returned) allows, required first.
const std::vector<std::string>& attribute_names(const ElementRule& rule);

}  // namespace upgrade_risk::inventory
