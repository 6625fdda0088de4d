#include "reports/template_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "reports/template_embedded.h"

namespace upgrade_risk::reports {
namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

/// Every partial node of `nodes`, sections included, in the order of the text.
template <typename Nodes, typename Visit>
void for_each_partial(Nodes& nodes, const Visit& visit) {
    for (auto& node : nodes) {
        if (node.kind == MustacheNode::Kind::partial) visit(node);
        for_each_partial(node.children, visit);
    }
}

/// Points every {{> file}} at the template of that name.
std::optional<std::string> link_partials(TemplateSet& set) {
    std::optional<std::string> error;
    for (auto& file : set.files) {
        const MustacheTemplate& compiled = file.second;  // a name a lambda can capture
        for_each_partial(file.second.nodes, [&](MustacheNode& node) {
            const auto found = set.files.find(node.text);
            if (found != set.files.end()) node.partial = &found->second;
            else if (!error) {
                error = template_error(compiled.path, compiled.text, node.offset,
                                       "no template file is named '" + node.text +
                                           "' (a partial names a file of the folder, e.g. "
                                           "{{> card.mustache}})");
            }
        });
        if (error) return error;
    }
    return std::nullopt;
}

/// Partials that include each other would render without end (and overflow the stack): the
/// first such cycle, at the tag that closes it, naming every file on the way.
class CycleCheck {
public:
    explicit CycleCheck(const TemplateSet& set) : set_(set) {}

    std::optional<std::string> run() {
        for (const auto& entry : set_.files) {
            if (!error_) visit(entry.second);
        }
        return error_;
    }

private:
    void visit(const MustacheTemplate& current) {
        if (std::find(done_.begin(), done_.end(), &current) != done_.end()) return;
        path_.push_back(&current);
        for_each_partial(current.nodes, [&](const MustacheNode& node) {
            if (error_) return;
            const auto on_path = std::find(path_.begin(), path_.end(), node.partial);
            if (on_path == path_.end()) {
                visit(*node.partial);
                return;
            }
            std::string words = "recursive partial: " + name_of(**on_path);
            if (on_path + 1 == path_.end()) words += " includes itself";
            for (auto step = on_path + 1; step != path_.end(); ++step) {
                words += (step == on_path + 1 ? " includes " : ", which includes ") + name_of(**step);
            }
            if (on_path + 1 != path_.end()) words += ", which includes " + name_of(**on_path);
            error_ = template_error(current.path, current.text, node.offset, words);
        });
        path_.pop_back();
        done_.push_back(&current);
    }

    std::string name_of(const MustacheTemplate& compiled) const {
        for (const auto& [name, entry] : set_.files) {
            if (&entry == &compiled) return name;
        }
        return compiled.path;
    }

    const TemplateSet& set_;
    std::vector<const MustacheTemplate*> path_;  ///< The includes being followed.
    std::vector<const MustacheTemplate*> done_;  ///< Templates whose partials are all checked.
    std::optional<std::string> error_;
};

}  // namespace

const MustacheTemplate& TemplateSet::at(std::string_view name) const {
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

TemplateLoad compile_templates(const std::map<std::string, std::string>& files,
                               const std::string& folder) {
    TemplateLoad load;
    TemplateSet set;
    // Every file, style.css too: a partial is a template wherever it is included.
    for (const auto& [name, text] : files) {
        const std::string path = folder.empty() ? "built-in template " + name
                                                : (fs::path(folder) / name).string();
        MustacheCompile compiled = compile_mustache(path, text);
        if (!compiled.compiled) {
            load.error = std::move(compiled.error);
            return load;
        }
        set.files.emplace(name, std::move(*compiled.compiled));
    }
    auto error = link_partials(set);
    if (!error) error = CycleCheck(set).run();
    if (error) load.error = std::move(*error);
    else load.templates = std::move(set);
    return load;
}

TemplateLoad load_templates(const std::string& template_dir) {
    std::map<std::string, std::string> files;
    if (template_dir.empty()) {
        for (const auto& embedded : embedded_templates()) {
            files.emplace(std::string(embedded.name), std::string(embedded.content));
        }
        return compile_templates(files, "");
    }
    TemplateLoad load;
    std::error_code ec;
    if (!fs::is_directory(template_dir, ec)) {
        load.error = template_dir + ": error: template folder not found (--template-dir expects "
                                    "a copy of the templates/ folder)";
        return load;
    }
    for (const auto name : template_names()) {
        const fs::path path = fs::path(template_dir) / name;
        auto text = read_text(path);
        if (!text) {
            load.error = path.string() + ": error: template missing or unreadable; the folder "
                                         "must hold every file of templates/ (copy it whole, "
                                         "then edit)";
            return load;
        }
        files.emplace(std::string(name), std::move(*text));
    }
    return compile_templates(files, template_dir);
}

}  // namespace upgrade_risk::reports
