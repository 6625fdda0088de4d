#pragma once

#include <string>

namespace upgrade_risk::perf {

/// Parses `text` in place with pugixml's default options and throws the tree away: the
/// least any pugixml-based loader must spend on a file, the floor the benchmark compares its
/// stages with. True when the text is well-formed XML.
bool parse_xml_floor(std::string& text);

/// Runs the loader's XML step alone (XmlDocument: copy, line table, in-place parse), so the
/// benchmark can tell parsing from validation and model building. True when well-formed.
bool parse_xml_like_loader(std::string text);

}  // namespace upgrade_risk::perf
