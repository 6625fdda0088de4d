#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/mustache_template.h"

namespace upgrade_risk::reports {

/// The HTML report's templates by file name ("report.mustache", "style.css", ...), each compiled
/// once, with every {{> file}} linked to the template of that name. A partial names a file of
/// the set by its full name: {{> findings.mustache}}, {{> style.css}}.
struct TemplateSet {
    /// Node-based, so the links between templates survive moving the set.
    std::map<std::string, MustacheTemplate, std::less<>> files;

    /// The template `name`; the set always holds every name in template_names().
    const MustacheTemplate& at(std::string_view name) const;
};

/// The set, or a plain-words error naming the file that is missing or broken.
struct TemplateLoad {
    std::optional<TemplateSet> templates;
    std::string error;
};

/// Every file the HTML report needs, in the order they are checked.
const std::vector<std::string_view>& template_names();

/// The templates compiled into the tool when `template_dir` is empty; otherwise every file of
/// template_names() read from that folder (a customised copy of templates/). A broken file, a
/// partial that names no file and partials that include each other are reported as
/// `FILE:LINE:COL: error: ...` before anything is rendered.
TemplateLoad load_templates(const std::string& template_dir);

/// Compiles every file of `files` (name -> text) and links their partials. Errors name a file
/// as `folder/NAME`, or as "built-in template NAME" when `folder` is empty.
TemplateLoad compile_templates(const std::map<std::string, std::string>& files,
                               const std::string& folder);

}  // namespace upgrade_risk::reports
