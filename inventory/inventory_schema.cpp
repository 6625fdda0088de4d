#include "inventory/inventory_schema.h"

#include <algorithm>

namespace upgrade_risk::inventory {
namespace {

constexpr std::size_t kMany = std::numeric_limits<std::size_t>::max();

/// Inventory format 1, as docs/inventory-format.md defines it.
const std::vector<ElementRule>& rules() {
    static const std::vector<ElementRule> table = {
        {"inventory", {"format"}, {"captured", "source"},
         {{"organization", 1, 1}, {"media", 0, 1}, {"rollout", 0, 1}}, "", false},
        {"organization", {"name"}, {},
         {{"site", 1, kMany}, {"messaging-connector", 0, kMany},
          {"directory-replication-connector", 0, kMany}},
         "inventory", false},
        {"site", {"name"}, {"description"}, {{"server", 1, kMany}}, "organization"},
        {"server", {"name", "version"}, {"service-pack", "build", "mailboxes"},
         {{"backup", 0, kMany}}, "site"},
        {"backup", {"taken"}, {"type", "version", "service-pack", "verified", "location"}, {},
         "server"},
        {"messaging-connector", {"name", "type"}, {}, {{"endpoint", 2, 2}}, "organization"},
        {"endpoint", {"site"}, {"server"}, {}, "messaging-connector"},
        {"directory-replication-connector", {"name"}, {"schedule"}, {{"bridgehead", 2, 2}},
         "organization"},
        {"bridgehead", {"site", "server"}, {}, {}, "directory-replication-connector"},
        {"media", {}, {}, {{"kit", 0, kMany}}, "inventory"},
        {"kit", {"version"}, {"service-pack", "authrest", "location"}, {}, "media"},
        {"rollout", {"target-version"}, {"target-service-pack"}, {{"wave", 1, kMany}},
         "inventory"},
        {"wave", {"name"}, {"start"}, {{"move-bridgehead", 0, kMany}, {"upgrade", 1, kMany}},
         "rollout"},
        {"move-bridgehead", {"connector", "site", "to"}, {}, {}, "wave"},
        {"upgrade", {"server"}, {"to-version", "to-service-pack"}, {}, "wave"},
    };
    return table;
}

}  // namespace

const ElementRule* find_element_rule(std::string_view name) {
    const auto& table = rules();
    const auto found = std::find_if(table.begin(), table.end(),
                                    [&](const ElementRule& rule) { return rule.name == name; });
    return found == table.end() ? nullptr : &*found;
}

const std::vector<std::string>& element_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const ElementRule& rule : rules()) {
            if (!rule.parent.empty()) all.push_back(rule.name);
        }
        return all;
    }();
    return names;
}

const std::vector<std::string>& attribute_names(const ElementRule& rule) {
    // Built once: the structure checker asks for them on every element of the file.
    static const std::vector<std::vector<std::string>> names = [] {
        std::vector<std::vector<std::string>> all;
        for (const ElementRule& each : rules()) {
            all.push_back(each.required_attributes);
            all.back().insert(all.back().end(), each.optional_attributes.begin(),
                              each.optional_attributes.end());
        }
        return all;
    }();
    return names[static_cast<std::size_t>(&rule - rules().data())];
}

}  // namespace upgrade_risk::inventory
