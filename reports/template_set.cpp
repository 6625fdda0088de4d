#include "reports/template_set.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "reports/template_embedded.h"

namespace upgrade_risk::reports {
namespace fs = std::filesystem;

namespace {

/// kainjow reports "... at OFFSET"; turn the offset into the line:column a user can find.
std::string located_error(const std::string& path, const std::string& text,
                          const std::string& message) {
    std::size_t offset = 0;
    std::string words = message;
    const auto at = message.rfind(" at ");
    if (at != std::string::npos) {
        const char* first = message.data() + at + 4;
        const char* last = message.data() + message.size();
        if (std::from_chars(first, last, offset).ptr == last) words = message.substr(0, at);
    }
    offset = std::min(offset, text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    const auto line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const auto column = line_start == std::string::npos || offset == 0 ? offset + 1
                                                                      : offset - line_start;
    return path + ":" + std::to_string(line) + ":" + std::to_string(column) +
           ": error: broken template: " + words;
}

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

bool is_mustache(std::string_view name) { return name.ends_with(".mustache"); }

}  // namespace

const std::string& TemplateSet::at(std::string_view name) const {
    return files.find(name)->second;
}

const std::vector<std::string_view>& template_names() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> result;
        for (const auto& embedded : embedded_templates()) result.push_back(embedded.name);
        return result;
    }();
    return names;
}

std::optional<std::string> check_mustache(const std::string& path, const std::string& text) {
    const kainjow::mustache::mustache parsed(text);
    if (parsed.is_valid()) return std::nullopt;
    return located_error(path, text, parsed.error_message());
}

TemplateLoad load_templates(const std::string& template_dir) {
    TemplateLoad load;
    TemplateSet set;
    if (template_dir.empty()) {
        for (const auto& embedded : embedded_templates()) {
            set.files.emplace(std::string(embedded.name), std::string(embedded.content));
        }
        load.templates = std::move(set);
        return load;
    }
    std::error_code ec;
    if (!fs::is_directory(template_dir, ec)) {
        load.error = template_dir + ": error: template folder not found (--template-dir expects "
                                    "a copy of the templates/ folder)";
        return load;
    }
    for (const auto name : template_names()) {
        const fs::path path = fs::path(template_dir) / name;
        const auto text = read_text(path);
        if (!text) {
            load.error = path.string() + ": error: template missing or unreadable; the folder "
                                         "must hold every file of templates/ (copy it whole, "
                                         "then edit)";
            return load;
        }
        if (is_mustache(name)) {
            if (auto error = check_mustache(path.string(), *text)) {
                load.error = std::move(*error);
                return load;
            }
        }
        set.files.emplace(std::string(name), *text);
    }
    load.templates = std::move(set);
    return load;
}

}  // namespace upgrade_risk::reports
