#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "inventory/diagnostic_sink.h"
#include "inventory/product_level.h"
#include "inventory/timestamp.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {

/// Reads typed attribute values, reporting each malformed one at the attribute. Every getter
/// returns nullopt both when the attribute is absent (a missing required attribute is the
/// structure checker's to report) and when it is malformed (reported here).
class AttributeReader {
public:
    AttributeReader(const XmlDocument& document, DiagnosticSink& sink)
        : document_(document), sink_(sink) {}

    /// A name: not empty, no leading or trailing spaces.
    std::optional<std::string> name(pugi::xml_node node, const char* attribute);
    /// Free text, as written.
    std::optional<std::string> text(pugi::xml_node node, const char* attribute) const;
    /// The same without a copy: it points into the document.
    static std::optional<std::string_view> view(pugi::xml_node node, const char* attribute);
    /// A whole number of 0 or more, digits only, at most `max`.
    std::optional<std::uint64_t> number(pugi::xml_node node, const char* attribute,
                                        std::uint64_t max = UINT64_MAX);
    /// Exactly `true` or `false`.
    std::optional<bool> boolean(pugi::xml_node node, const char* attribute);
    /// An ISO 8601 date-time (or date).
    std::optional<Timestamp> timestamp(pugi::xml_node node, const char* attribute);
    /// The index of the value in `choices`; `what` names the value in messages.
    std::optional<std::size_t> choice(pugi::xml_node node, const char* attribute,
                                      const std::vector<std::string>& choices,
                                      const std::string& what);
    /// A version and service pack. When the version attribute is absent the level is
    /// `fallback` (nullopt without one). A service pack left out is the fallback's (the
    /// inventory contract: a backup's defaults to the server's, an upgrade's to the rollout's
    /// target), or 0 without a fallback; when the fallback's service pack does not exist for the
    /// version written, that is an error asking for the attribute (`fallback_is` names the
    /// fallback in it). Service packs beyond the build table are errors.
    std::optional<ProductLevel> level(pugi::xml_node node, const char* version_attribute,
                                      const char* service_pack_attribute,
                                      std::optional<ProductLevel> fallback = std::nullopt,
                                      const char* fallback_is = "");

    [[nodiscard]] SourceLocation where(pugi::xml_node node, const char* attribute) const {
        return document_.location_of(node.attribute(attribute));
    }
    void error(pugi::xml_node node, const char* attribute, std::string message) {
        sink_.error(where(node, attribute), std::move(message));
    }

private:
    /// number() for a value already looked up.
    std::optional<std::uint64_t> parse_number(pugi::xml_node node, const char* attribute,
                                              std::string_view value, std::uint64_t max);

    const XmlDocument& document_;
    DiagnosticSink& sink_;
};

}  // namespace upgrade_risk::inventory
