#include "inventory/attribute_reader.h"

#include <algorithm>
#include <climits>

#include "inventory/nearest_name.h"
#include "inventory/number_text.h"

namespace upgrade_risk::inventory {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::optional<std::string_view> AttributeReader::view(pugi::xml_node node, const char* attribute) {
    const pugi::xml_attribute found = node.attribute(attribute);
    if (!found) return std::nullopt;
    return std::string_view(found.value());
}

std::optional<std::string> AttributeReader::text(pugi::xml_node node, const char* attribute) const {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    return std::string(*value);
}

namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

/// The value with each control character shown as an escape (\n, \r, \t, \x01), for a
/// one-line message.
std::string shown(std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text;
    for (const char c : value) {
        if (!is_control(c)) text += c;
        else if (c == '\n') text += "\\n";
        else if (c == '\r') text += "\\r";
        else if (c == '\t') text += "\\t";
        else text += std::string("\\x") + kHex[(c >> 4) & 0xF] + kHex[c & 0xF];
    }
    return text;
}

}  // namespace

std::optional<std::string> AttributeReader::name(pugi::xml_node node, const char* attribute) {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    // A line break written as &#10; or &#13; (a literal one becomes a space): it would split
    // the one-line messages and the reports' lines.
    if (std::any_of(value->begin(), value->end(), is_control)) {
        error(node, attribute, "'" + std::string(attribute) + "' value '" + shown(*value) +
                                   "' contains a control character (a line break or tab); a "
                                   "name is one line of printable text");
        return std::nullopt;
    }
    if (value->empty() || std::all_of(value->begin(), value->end(), is_space)) {
        error(node, attribute, "'" + std::string(attribute) + "' is empty; give it a name");
        return std::nullopt;
    }
    if (is_space(value->front()) || is_space(value->back())) {
        error(node, attribute, "'" + std::string(attribute) + "' value '" + std::string(*value) +
                                   "' has leading or trailing spaces");
        return std::nullopt;
    }
    return std::string(*value);
}

std::optional<std::uint64_t> AttributeReader::number(pugi::xml_node node, const char* attribute,
                                                     std::uint64_t max) {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    return parse_number(node, attribute, *value, max);
}

std::optional<std::uint64_t> AttributeReader::parse_number(pugi::xml_node node,
                                                           const char* attribute,
                                                           std::string_view value,
                                                           std::uint64_t max) {
    if (value.empty() ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        error(node, attribute, "'" + std::string(attribute) +
                                   "' must be a whole number of 0 or more (digits only), not '" +
                                   std::string(value) + "'");
        return std::nullopt;
    }
    std::uint64_t number = 0;
    for (const char c : value) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (number > (max - digit) / 10) {
            error(node, attribute, "'" + std::string(attribute) + "' value " + std::string(value) +
                                       " is too large (at most " + number_text(max) + ")");
            return std::nullopt;
        }
        number = number * 10 + digit;
    }
    return number;
}

std::optional<bool> AttributeReader::boolean(pugi::xml_node node, const char* attribute) {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    if (*value == "true") return true;
    if (*value == "false") return false;
    error(node, attribute,
          "'" + std::string(attribute) + "' must be true or false, not '" + std::string(*value) +
              "'");
    return std::nullopt;
}

std::optional<Timestamp> AttributeReader::timestamp(pugi::xml_node node, const char* attribute) {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    auto parsed = parse_timestamp(*value);
    if (!parsed) {
        error(node, attribute, "'" + std::string(attribute) + "' value '" + std::string(*value) +
                                   "' is not a valid ISO 8601 date-time (write it like "
                                   "1999-04-20T22:00:00Z or 1999-04-20T23:00:00+01:00)");
    }
    return parsed;
}

std::optional<std::size_t> AttributeReader::choice(pugi::xml_node node, const char* attribute,
                                                   const std::vector<std::string>& choices,
                                                   const std::string& what) {
    const auto value = view(node, attribute);
    if (!value) return std::nullopt;
    const auto found = std::find(choices.begin(), choices.end(), *value);
    if (found != choices.end()) return static_cast<std::size_t>(found - choices.begin());
    const auto nearest = nearest_name(*value, choices);
    error(node, attribute,
          "unknown " + what + " '" + std::string(*value) + "'" +
              (nearest ? " (did you mean '" + *nearest + "'?)"
                       : " (choose " + list_choices(choices) + ")"));
    return std::nullopt;
}

std::optional<ProductLevel> AttributeReader::level(pugi::xml_node node,
                                                   const char* version_attribute,
                                                   const char* service_pack_attribute,
                                                   std::optional<ProductLevel> fallback,
                                                   const char* fallback_is) {
    auto version_text = view(node, version_attribute);
    // Looked up once: the service pack is read two or three times below.
    const auto service_pack_text = view(node, service_pack_attribute);
    const auto service_pack =
        service_pack_text ? parse_number(node, service_pack_attribute, *service_pack_text, INT_MAX)
                          : std::nullopt;
    if (!version_text) {
        if (!fallback) return std::nullopt;
        if (!service_pack_text) return fallback;
        if (!service_pack) return std::nullopt;
        version_text = to_string(fallback->version);
    }
    const auto version = parse_version(*version_text);
    if (!version) {
        error(node, version_attribute,
              "unknown Exchange version '" + std::string(*version_text) +
                  "' (choose 4.0, 5.0 or 5.5)");
        return std::nullopt;
    }
    if (service_pack_text && !service_pack) return std::nullopt;
    if (!service_pack_text && fallback) {
        if (fallback->service_pack > max_service_pack(*version)) {
            error(node, version_attribute,
                  "Exchange " + std::string(to_string(*version)) + " has no service pack " +
                      std::to_string(fallback->service_pack) + ", which a missing '" +
                      service_pack_attribute + "' means here (" + fallback_is + ", " +
                      to_string(*fallback) + "); write " + service_pack_attribute +
                      "=\"N\" for the service pack you mean");
            return std::nullopt;
        }
        return ProductLevel{*version, fallback->service_pack};
    }
    const ProductLevel level{*version, static_cast<int>(service_pack.value_or(0))};
    if (level.service_pack > max_service_pack(level.version)) {
        error(node, service_pack_attribute,
              "Exchange " + std::string(to_string(level.version)) + " has no service pack " +
                  std::to_string(level.service_pack) + " (the last one is SP" +
                  std::to_string(max_service_pack(level.version)) + ")");
        return std::nullopt;
    }
    return level;
}

}  // namespace upgrade_risk::inventory
