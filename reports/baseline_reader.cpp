#include "reports/baseline_reader.h"

#include <fstream>
#include <sstream>
#include <string_view>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

namespace upgrade_risk::reports {
namespace pt = boost::property_tree;

namespace {

constexpr const char* kHint =
    "; --baseline expects a report written by 'upgrade-risk analyze -o json'";

/// A report of upgrade-risk nests six deep (report, findings, finding, mitigations,
/// mitigation, kb); the JSON parser recurses once per level, and a file nested a million deep
/// crashed the tool with a stack overflow.
constexpr std::size_t kMaxDepth = 64;

/// The line where arrays and objects first nest deeper than kMaxDepth (outside strings), or 0.
std::size_t line_nested_too_deep(std::string_view text) {
    std::size_t depth = 0;
    std::size_t line = 1;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return line;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return 0;
}

BaselineLoad failure(const std::string& path, const std::string& message) {
    return BaselineLoad{std::nullopt, path + ": error: " + message};
}

std::string text_member(const pt::ptree& node, const char* name) {
    const auto child = node.get_child_optional(name);
    return child && child->empty() ? child->data() : std::string();
}

std::vector<std::string> text_list(const pt::ptree& node, const char* name) {
    std::vector<std::string> items;
    if (const auto child = node.get_child_optional(name)) {
        for (const auto& [key, item] : *child) items.push_back(item.data());
    }
    return items;
}

}  // namespace

BaselineLoad read_baseline_text(const std::string& text, const std::string& path) {
    if (const std::size_t line = line_nested_too_deep(text)) {
        return BaselineLoad{std::nullopt, path + ":" + std::to_string(line) +
                                              ": error: lists and objects are nested more than " +
                                              std::to_string(kMaxDepth) + " deep here" + kHint};
    }
    pt::ptree root;
    try {
        std::istringstream stream(text);
        pt::read_json(stream, root);
    } catch (const pt::json_parser_error& e) {
        return BaselineLoad{std::nullopt, path + ":" + std::to_string(e.line()) +
                                              ": error: not valid JSON (" + e.message() + ")" +
                                              kHint};
    }
    const auto findings = root.get_child_optional("findings");
    if (!findings) return failure(path, std::string("no \"findings\" list") + kHint);
    if (!findings->data().empty()) {
        return failure(path, std::string("\"findings\" is not a list") + kHint);
    }
    Baseline baseline;
    baseline.path = path;
    baseline.generated = text_member(root, "generated");
    if (const auto inventory = root.get_child_optional("inventory")) {
        baseline.organization = text_member(*inventory, "organization");
    }
    std::size_t index = 0;
    for (const auto& [name, finding] : *findings) {
        ++index;
        BaselineFinding entry{text_member(finding, "fingerprint"), text_member(finding, "rule"),
                              text_member(finding, "severity"),    text_member(finding, "title"),
                              text_member(finding, "server"),      text_member(finding, "site"),
                              text_list(finding, "kb")};
        if (!name.empty() || entry.fingerprint.empty()) {
            return failure(path, "finding " + std::to_string(index) +
                                     " has no \"fingerprint\" (written by an older upgrade-risk?)" +
                                     kHint);
        }
        baseline.findings.push_back(std::move(entry));
    }
    return BaselineLoad{std::move(baseline), {}};
}

BaselineLoad read_baseline_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return failure(path, "cannot read the baseline report (missing or not readable)");
    std::ostringstream text;
    text << file.rdbuf();
    if (file.bad()) return failure(path, "cannot read the baseline report");
    return read_baseline_text(text.str(), path);
}

}  // namespace upgrade_risk::reports
