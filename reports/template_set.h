#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::reports {

/// The HTML report's templates by file name ("report.mustache", "report.css", ...).
struct TemplateSet {
    std::map<std::string, std::string, std::less<>> files;

    /// The text of `name`; the set always holds every name in template_names().
    const std::string& at(std::string_view name) const;
};

/// The set, or a plain-words error naming the file that is missing or broken.
struct TemplateLoad {
    std::optional<TemplateSet> templates;
    std::string error;
};

/// Every file the HTML report needs, in the order they are checked.
const std::vector<std::string_view>& template_names();

/// The templates compiled into the tool when `template_dir` is empty; otherwise every file of
/// template_names() read from that folder (a customised copy of templates/). Each Mustache
/// file is parsed so a broken one is reported as `FILE:LINE:COL: error: ...` before rendering.
TemplateLoad load_templates(const std::string& template_dir);

/// Nullopt when `text` parses as Mustache; otherwise the error as `path:LINE:COL: error: ...`.
std::optional<std::string> check_mustache(const std::string& path, const std::string& text);

}  // namespace upgrade_risk::reports
