#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::inventory {

/// An '&' in the text that is not one of the references XML defines without a DOCTYPE.
struct UndefinedReference {
    std::size_t offset = 0;  ///< Of the '&'.
    std::string message;     ///< What is wrong and how to write it instead.
};

/// Every '&' outside comments, processing instructions and CDATA that does not start &amp;
/// &lt; &gt; &quot; &apos; or a character reference (&#N; or &#xH;). pugixml keeps such text
/// as it is, where an XML parser must refuse it (xmllint does), so it is checked here.
std::vector<UndefinedReference> find_undefined_references(std::string_view text);

}  // namespace upgrade_risk::inventory
