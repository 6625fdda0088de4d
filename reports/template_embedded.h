#pragma once

#include <span>
#include <string_view>

namespace upgrade_risk::reports {

/// One file of templates/ as it was when the tool was built.
struct EmbeddedTemplate {
    std::string_view name;     ///< File name, e.g. "report.mustache".
    std::string_view content;  ///< The file's bytes.
};

/// The built-in templates, compiled into the binary (see cmake/EmbedTemplates.cmake), sorted by name.
std::span<const EmbeddedTemplate> embedded_templates();

}  // namespace upgrade_risk::reports
