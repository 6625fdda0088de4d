#include "analyzer/rule_docs.h"

#include <algorithm>

namespace upgrade_risk::analyzer {

std::vector<std::string> rule_doc_section(std::string_view id, std::string_view heading) {
    const auto& docs = rule_docs();
    const auto doc = std::find_if(docs.begin(), docs.end(), [&](const RuleDoc& d) { return d.id == id; });
    if (doc == docs.end()) return {};
    const std::string_view page = doc->markdown;
    const std::string marker = "\n## " + std::string(heading) + "\n";
    const auto start = page.find(marker);
    if (start == std::string_view::npos) return {};
    const auto begin = start + marker.size();
    const auto end = std::min(page.find("\n## ", begin), page.size());
    std::vector<std::string> paragraphs;
    std::string paragraph;
    std::size_t line_start = begin;
    while (line_start < end) {
        const auto line_end = std::min(page.find('\n', line_start), end);
        const std::string_view line = page.substr(line_start, line_end - line_start);
        if (line.empty()) {
            if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
            paragraph.clear();
        } else {
            if (!paragraph.empty()) paragraph += ' ';
            for (const char c : line) {
                if (c != '`') paragraph += c;
            }
        }
        line_start = line_end + 1;
    }
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
    return paragraphs;
}

}  // namespace upgrade_risk::analyzer
