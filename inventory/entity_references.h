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

/// The undefined references of a text, in file order: the first few in full, and a count of
/// all of them (a hostile file can hold one in every other byte, each a message of its own).
struct UndefinedReferences {
    std::vector<UndefinedReference> listed;
    std::size_t count = 0;
    std::size_t first_unlisted = 0;  ///< Offset of the first '&' beyond `listed`, if any.
};

/// Every '&' outside comments, processing instructions and CDATA that does not start &amp;
/// &lt; &gt; &quot; &apos; or a character reference (&#N; or &#xH;), the first `listed` of
/// them with their message. pugixml keeps such text as it is, where an XML parser must refuse
/// it (xmllint does), so it is checked here.
UndefinedReferences find_undefined_references(std::string_view text, std::size_t listed);

}  // namespace upgrade_risk::inventory
