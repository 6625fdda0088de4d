#pragma once

#include <cstddef>

#include <pugixml.hpp>

#include "inventory/diagnostic_sink.h"
#include "inventory/xml_document.h"

namespace upgrade_risk::inventory {

/// What the structure check counted on its way, for the model builder to size the model by
/// without another walk of the tree.
struct StructureCounts {
    std::size_t servers = 0;  ///< <server> elements in place (in a <site>).
};

/// Checks the document against the format's element table: the root, unknown or misplaced
/// elements and attributes (naming the nearest valid name), required attributes, how many of
/// each child, their order, and stray text. Values are left to the model builder.
StructureCounts check_structure(const XmlDocument& document, DiagnosticSink& sink);

/// "<site> 'Paris'" (or just "<site>" when it has no name), for messages about an element.
std::string element_label(pugi::xml_node node);

}  // namespace upgrade_risk::inventory
