#include "reports/mustache_template.h"

#include <algorithm>
#include <cctype>

#include "inventory/text_encoding.h"

namespace upgrade_risk::reports {

namespace {

using Kind = MustacheNode::Kind;

std::string_view trimmed(std::string_view text) {
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

/// "a.b" as {"a", "b"}, split as kainjow splits it (a trailing empty part is dropped); "." as
/// the empty path, the current item.
std::vector<std::string> name_path(std::string_view name) {
    std::vector<std::string> path;
    if (name == ".") return path;
    while (!name.empty()) {
        const auto dot = name.find('.');
        path.emplace_back(name.substr(0, dot));
        if (dot == std::string_view::npos) break;
        name.remove_prefix(dot + 1);
    }
    if (path.empty()) path.emplace_back();  // {{}}: a name no value has
    return path;
}

/// A tag's kind and name from what stands between its braces.
MustacheNode tag_node(bool triple, std::string_view contents, std::size_t offset) {
    MustacheNode node;
    node.offset = offset;
    node.kind = Kind::variable;
    std::string_view name = contents;
    // The sigils that open a tag other than an escaped variable, and what each opens.
    constexpr std::string_view kSigils = "#^>&";
    constexpr Kind kSigilKinds[] = {Kind::section, Kind::inverted_section, Kind::partial,
                                    Kind::raw_variable};
    const auto sigil = contents.empty() ? std::string_view::npos : kSigils.find(contents.front());
    if (triple) {
        node.kind = Kind::raw_variable;
    } else if (sigil != std::string_view::npos) {
        node.kind = kSigilKinds[sigil];
        name = trimmed(contents.substr(1));
    }
    node.text = std::string(name);
    if (node.kind != Kind::partial) node.path = name_path(name);
    return node;
}

}  // namespace

std::string template_error(std::string_view path, std::string_view text, std::size_t offset,
                           std::string_view words) {
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto line_start = before.rfind('\n');
    const auto column = line_start == std::string_view::npos ? offset + 1 : offset - line_start;
    return std::string(path) + ":" + std::to_string(line) + ":" + std::to_string(column) +
           ": error: broken template: " + std::string(words);
}

MustacheCompile compile_mustache(std::string path, std::string text) {
    MustacheCompile result;
    MustacheTemplate compiled{std::move(path), std::move(text), {}};
    const std::string_view input = compiled.text;
    const auto fail = [&](std::size_t offset, const std::string& words) {
        result.error = template_error(compiled.path, input, offset, words);
        return result;
    };
    // Errors quote tag names, and the report carries the text: a control character (an escape
    // sequence) or invalid UTF-8 would reach the terminal and the page (found by the fuzzer).
    if (const auto bad = inventory::find_bad_character(input)) {
        return fail(bad->offset, "the file contains " + bad->description + " (templates are UTF-8 text)");
    }

    std::vector<MustacheNode> open;  // sections not closed yet, outermost first
    // The first section (by where it opens, the order kainjow checks them in) closed by
    // another's tag or never closed.
    std::size_t unclosed = std::string_view::npos;
    std::string unclosed_name;
    const auto left_open = [&](const MustacheNode& section) {
        if (section.offset < unclosed) {
            unclosed = section.offset;
            unclosed_name = section.text;
        }
    };
    const auto current = [&]() -> std::vector<MustacheNode>& {
        return open.empty() ? compiled.nodes : open.back().children;
    };
    const auto add_text = [&](std::string_view bytes, Kind kind) {
        auto& nodes = current();
        if (kind == Kind::text && !nodes.empty() && nodes.back().kind == Kind::text) {
            nodes.back().text += bytes;
        } else {
            MustacheNode node;
            node.kind = kind;
            node.text = std::string(bytes);
            nodes.push_back(std::move(node));
        }
    };

    for (std::size_t at = 0; at < input.size();) {
        if (!input.substr(at).starts_with("{{")) {
            const auto stop = input.find_first_of("{\r\n", at + 1);
            const char c = input[at];
            if (c == '\r' || c == '\n') {
                const std::size_t length = input.substr(at).starts_with("\r\n") ? 2 : 1;
                add_text(input.substr(at, length), Kind::newline);
                at += length;
            } else {
                const auto end = stop == std::string_view::npos ? input.size() : stop;
                add_text(input.substr(at, end - at), Kind::text);
                at = end;
            }
            continue;
        }
        const std::size_t start = at;
        const bool triple = start + 2 < input.size() && input[start + 2] == '{';
        const std::size_t contents_at = start + (triple ? 3 : 2);
        const std::string_view closing = triple ? "}}}" : "}}";
        const auto end = input.find(closing, contents_at);
        if (end == std::string_view::npos) return fail(start, "Unclosed tag");
        at = end + closing.size();
        const std::string_view contents = trimmed(input.substr(contents_at, end - contents_at));
        if (!triple && contents.starts_with('=')) {
            return fail(start, "changing the delimiters ({{=...=}}) is not supported");
        }
        if (!triple && contents.starts_with('!')) continue;  // a comment
        if (!triple && contents.starts_with('/')) {
            const std::string name(trimmed(contents.substr(1)));
            if (open.empty()) return fail(start, "Unopened section \"" + name + "\"");
            MustacheNode section = std::move(open.back());
            open.pop_back();
            if (section.text != name) left_open(section);
            current().push_back(std::move(section));
            continue;
        }
        MustacheNode node = tag_node(triple, contents, start);
        if (node.kind == Kind::section || node.kind == Kind::inverted_section) {
            open.push_back(std::move(node));
        } else {
            current().push_back(std::move(node));
        }
    }
    if (!open.empty()) left_open(open.front());
    if (unclosed != std::string_view::npos) {
        return fail(unclosed, "Unclosed section \"" + unclosed_name + "\"");
    }
    result.compiled = std::move(compiled);
    return result;
}

}  // namespace upgrade_risk::reports
