#include "inventory/structure_checker.h"

#include <algorithm>
#include <bitset>
#include <cstring>

#include "inventory/inventory_schema.h"
#include "inventory/nearest_name.h"

namespace upgrade_risk::inventory {
namespace {

/// Attributes an XML editor adds to point at our XSD; they are not inventory data.
bool is_schema_hint(std::string_view name) {
    return name.starts_with("xmlns:") || name.starts_with("xsi:");
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// Where `name` is in `names`, or names.size(); pugixml's names end in NUL, so this compares
/// them without measuring each (most attributes are told apart by their first letter).
std::size_t index_of(const std::vector<std::string>& names, const char* name) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i][0] == name[0] && std::strcmp(names[i].c_str(), name) == 0) return i;
    }
    return names.size();
}

std::string quote_text(std::string_view text) {
    const auto start = text.find_first_not_of(" \t\r\n");
    const std::string_view trimmed =
        text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
    // The text may hold what a character reference decoded to: control characters (C0, DEL,
    // and C1, in UTF-8 0xC2 0x80-0x9F) are shown as '?', never sent to a terminal.
    std::string shown;
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        const auto c = static_cast<unsigned char>(trimmed[i]);
        const bool c1 = c == 0xC2 && i + 1 < trimmed.size() &&
                        static_cast<unsigned char>(trimmed[i + 1]) <= 0x9F;
        if (c < 0x20 || c == 0x7F || c1) {
            shown += '?';
            if (c1) ++i;
        } else {
            shown += trimmed[i];
        }
    }
    if (shown.size() > 30) {
        std::size_t cut = 27;  // never inside a UTF-8 sequence
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
        shown = shown.substr(0, cut) + "...";
    }
    return "'" + shown + "'";
}

class StructureChecker {
public:
    StructureChecker(const XmlDocument& document, DiagnosticSink& sink)
        : document_(document), sink_(sink) {}

    StructureCounts check_root(pugi::xml_node root) {
        check_top_level(root);
        if (std::string_view(root.name()) != "inventory") {
            sink_.error(document_.location_of(root), "the root element must be <inventory>, not <" +
                                                         std::string(root.name()) + ">");
            return counts_;
        }
        check_element(root, *find_element_rule("inventory"));
        return counts_;
    }

private:
    /// pugixml tolerates what XML forbids around the root: more elements, or text.
    void check_top_level(pugi::xml_node root) {
        for (const pugi::xml_node node : root.parent().children()) {
            if (node.type() == pugi::node_element && node != root) {
                sink_.error(document_.location_of(node),
                            "a second top-level element <" + std::string(node.name()) +
                                ">; everything must be inside the one <inventory>");
            }
        }
        if (const auto stray = document_.stray_text()) {
            sink_.error(*stray, "text outside the root element; everything must be inside <inventory>");
        }
    }

    void check_element(pugi::xml_node node, const ElementRule& rule) {
        check_attributes(node, rule);
        // How many of each child (parallel to rule.children), on a stack shared by the nested
        // calls: one allocation per run instead of one per element.
        const std::size_t base = child_counts_.size();
        child_counts_.resize(base + rule.children.size(), 0);
        const auto count_of = [&](std::size_t index) -> std::size_t& { return child_counts_[base + index]; };
        std::size_t furthest_position = 0;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            const pugi::xml_node_type type = child.type();
            if (type == pugi::node_pcdata || type == pugi::node_cdata) {
                check_text(node, child);
                continue;
            }
            if (type != pugi::node_element) continue;
            const std::string_view child_name = child.name();
            const auto position = std::find_if(rule.children.begin(), rule.children.end(),
                                               [&](const ChildRule& c) { return c.name == child_name; });
            if (position == rule.children.end()) {
                report_misplaced(rule, child);
                continue;
            }
            const auto index = static_cast<std::size_t>(position - rule.children.begin());
            if (rule.ordered && index < furthest_position) {
                sink_.error(document_.location_of(child),
                            "<" + position->name + "> must come before the <" +
                                rule.children[furthest_position].name + "> elements in <" +
                                rule.name + ">");
            }
            furthest_position = std::max(furthest_position, index);
            if (++count_of(index) == position->max + 1) {
                sink_.error(document_.location_of(child),
                            "too many <" + position->name + "> elements in " + element_label(node) +
                                (position->max == 1 ? ": only one is allowed"
                                                    : ": exactly " + std::to_string(position->max) +
                                                          " are allowed"));
            }
            const ElementRule& child_rule = *find_element_rule(child_name);
            if (&child_rule == server_rule_) ++counts_.servers;
            check_element(child, child_rule);
        }
        for (std::size_t index = 0; index < rule.children.size(); ++index) {
            const ChildRule& child = rule.children[index];
            const std::size_t count = count_of(index);
            if (count >= child.min) continue;
            const std::string need =
                child.min == child.max
                    ? "exactly " + std::to_string(child.min) + (child.min == 1 ? " is" : " are") + " needed"
                    : "at least one is needed";
            sink_.error(document_.location_of(node),
                        element_label(node) + " has " +
                            (count == 0 ? std::string("no") : std::to_string(count)) + " <" +
                            child.name + ">; " + need);
        }
        child_counts_.resize(base);
    }

    void check_attributes(pugi::xml_node node, const ElementRule& rule) {
        const std::vector<std::string>& allowed = attribute_names(rule);
        // Bit i: allowed[i] was seen (the format allows at most six names on an element).
        std::bitset<64> present;
        for (pugi::xml_attribute attribute = node.first_attribute(); attribute;
             attribute = attribute.next_attribute()) {
            const char* const name = attribute.name();
            const std::size_t index = index_of(allowed, name);
            const bool known = index < allowed.size();
            if (known ? present.test(index) : appears_before(node, attribute)) {
                sink_.error(document_.location_of(attribute),
                            "attribute '" + std::string(name) + "' appears twice on <" + rule.name + ">");
                continue;
            }
            if (known) {
                present.set(index);
                continue;
            }
            if (rule.parent.empty() && is_schema_hint(name)) continue;
            std::string message = "unknown attribute '" + std::string(name) + "' on <" + rule.name + ">";
            const auto nearest = nearest_name(name, allowed);
            if (nearest) {
                message += " (did you mean '" + *nearest + "'?)";
            } else if (allowed.empty()) {
                message += " (it takes no attributes)";
            } else {
                message += " (it takes " + list_choices(allowed) + ")";
            }
            sink_.error(document_.location_of(attribute), std::move(message));
        }
        // attribute_names() lists the required attributes first.
        for (std::size_t index = 0; index < rule.required_attributes.size(); ++index) {
            if (!present.test(index)) {
                sink_.error(document_.location_of(node), element_label(node) +
                                                             " is missing the required attribute '" +
                                                             rule.required_attributes[index] + "'");
            }
        }
    }

    /// True when an attribute before `attribute` on `node` has the same name.
    static bool appears_before(pugi::xml_node node, pugi::xml_attribute attribute) {
        for (pugi::xml_attribute earlier = node.first_attribute(); earlier != attribute;
             earlier = earlier.next_attribute()) {
            if (std::strcmp(earlier.name(), attribute.name()) == 0) return true;
        }
        return false;
    }

    void check_text(pugi::xml_node parent, pugi::xml_node text) {
        if (is_blank(text.value())) return;
        sink_.error(document_.location_of_text(text),
                    "unexpected text " + quote_text(text.value()) + " in <" + parent.name() +
                        "> (the inventory keeps all data in attributes)");
    }

    void report_misplaced(const ElementRule& rule, pugi::xml_node child) {
        const std::string name = child.name();
        const std::string where = "<" + name + "> in <" + rule.name + ">";
        if (const ElementRule* known = find_element_rule(name)) {
            sink_.error(document_.location_of(child),
                        where + " is out of place: " +
                            (known->parent.empty() ? "it can only be the root element"
                                                   : "it belongs in <" + known->parent + ">"));
            return;
        }
        std::vector<std::string> children;
        for (const ChildRule& c : rule.children) children.push_back(c.name);
        std::string message = "unknown element " + where;
        if (const auto nearest = nearest_name(name, children)) {
            message += " (did you mean <" + *nearest + ">?)";
        } else if (const auto elsewhere = nearest_name(name, element_names())) {
            message += " (did you mean <" + *elsewhere + ">? it belongs in <" +
                       find_element_rule(*elsewhere)->parent + ">)";
        } else if (children.empty()) {
            message += " (<" + rule.name + "> has no child elements)";
        }
        sink_.error(document_.location_of(child), std::move(message));
    }

    const XmlDocument& document_;
    DiagnosticSink& sink_;
    const ElementRule* const server_rule_ = find_element_rule("server");
    std::vector<std::size_t> child_counts_;
    StructureCounts counts_;
};

}  // namespace

std::string element_label(pugi::xml_node node) {
    std::string label = "<" + std::string(node.name()) + ">";
    if (const pugi::xml_attribute name = node.attribute("name"); name && *name.value() != '\0') {
        label += " '" + std::string(name.value()) + "'";
    }
    return label;
}

StructureCounts check_structure(const XmlDocument& document, DiagnosticSink& sink) {
    return StructureChecker{document, sink}.check_root(document.root());
}

}  // namespace upgrade_risk::inventory
