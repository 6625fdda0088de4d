#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "inventory/source_location.h"

namespace upgrade_risk::inventory {

/// Where to point the user at, and what to tell them (what follows "XML syntax error: ").
struct SyntaxError {
    std::size_t offset = 0;
    std::string message;
};

/// An XML syntax error in plain words. pugixml says where it stopped ("Start-end tags
/// mismatch" at an end tag); the mistake is often lines before, at the element left open. So
/// the message names that element and where it was opened, read from `text` (the file as it
/// was before the in-place parse changed it), and says how to fix it; the error points at the
/// tag or comment at fault rather than where the parser stopped. `locate` turns an offset of
/// `text` into line:column.
SyntaxError describe_syntax_error(std::string_view text, pugi::xml_parse_status status,
                                  std::size_t offset,
                                  const std::function<SourceLocation(std::size_t)>& locate);

}  // namespace upgrade_risk::inventory
