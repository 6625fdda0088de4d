#include "tests/perf/xml_parse_floor.h"

// The benchmark measures pugixml itself here, so it is the one place outside inventory/ that
// includes it.
#include <pugixml.hpp>

#include "inventory/xml_document.h"

namespace upgrade_risk::perf {

bool parse_xml_floor(std::string& text) {
    pugi::xml_document document;
    return static_cast<bool>(document.load_buffer_inplace(text.data(), text.size(),
                                                          pugi::parse_default,
                                                          pugi::encoding_utf8));
}

bool parse_xml_like_loader(std::string text) {
    return inventory::XmlDocument{std::move(text), "-"}.ok();
}

}  // namespace upgrade_risk::perf
