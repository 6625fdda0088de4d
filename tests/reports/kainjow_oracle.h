#pragma once

#include <map>
#include <string>

#include "reports/html_view.h"

namespace upgrade_risk::testing {

using reports::HtmlValue;

/// Template files by name, as a template folder holds them.
using TemplateFiles = std::map<std::string, std::string>;

/// What kainjow mustache renders of `page` with `data`, every other file of `files` a partial
/// by its file name; made lists are made whole first.
std::string kainjow_render(const TemplateFiles& files, const std::string& page,
                           const HtmlValue& data);

/// What reports/mustache_render.h renders of the same; the compile error if the files are
/// refused.
std::string our_render(const TemplateFiles& files, const std::string& page, const HtmlValue& data);

/// The built-in templates, as files.
TemplateFiles builtin_files();

}  // namespace upgrade_risk::testing
