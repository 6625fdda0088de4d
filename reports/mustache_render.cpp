#include "reports/mustache_render.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "inventory/byte_words.h"

namespace upgrade_risk::reports {

// Escaped as kainjow escapes a {{variable}}.
void append_html_escaped(std::string& out, std::string_view text) {
    std::size_t plain = 0;  // start of the run of characters that need no escape
    for (std::size_t i = 0; (i = inventory::byte_words::find_first<0, '&', '<', '>', '"', '\''>(text, i)) < text.size();
         ++i) {
        std::string_view entity;
        switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            default: entity = "&apos;"; break;
        }
        out.append(text, plain, i - plain);
        out += entity;
        plain = i + 1;
    }
    out.append(text, plain, text.size() - plain);
}

namespace {

using Kind = MustacheNode::Kind;

/// One rendering: the stack of values in scope and the line being written, which stays in
/// the sink's buffer until its end decides whether it is kept.
class Renderer {
  public:
    explicit Renderer(ReportSink& sink)
        : sink_(sink), out_(sink.text()), line_start_(out_.size()) {}

    void render(const std::vector<MustacheNode>& nodes) {
        for (const MustacheNode& node : nodes) render(node);
    }

    void push(const HtmlValue& value) { stack_.push_back(&value); }

    /// Renders the template `page`, the file errors are reported in.
    void render(const MustacheTemplate& page) {
        const MustacheTemplate* outer = std::exchange(file_, &page);
        render(page.nodes);
        file_ = outer;
    }

    /// The first mistake of the template found while rendering, or nullopt.
    std::optional<std::string> error() const { return error_; }

    /// The end of the last line, which has no newline.
    void finish() {
        if (line_dropped()) out_.resize(line_start_);
    }

  private:
    bool line_dropped() const {
        return had_section_tag_ &&
               std::all_of(out_.begin() + static_cast<std::ptrdiff_t>(line_start_), out_.end(),
                           [](char c) { return c == ' ' || c == '\t'; });
    }

    void end_line(const std::string& newline) {
        if (line_dropped())
            out_.resize(line_start_);
        else
            out_ += newline;
        had_section_tag_ = false;
        sink_.spill();  // only between lines, so a line can still be dropped
        line_start_ = out_.size();
    }

    /// The value `path` names, looked up from the innermost value in scope outwards.
    const HtmlValue* lookup(const std::vector<std::string>& path) const {
        if (path.empty()) return stack_.back();
        for (auto scope = stack_.rbegin(); scope != stack_.rend(); ++scope) {
            const HtmlValue* value = *scope;
            for (const std::string& name : path) {
                const HtmlObject* object = value->object();
                value = object ? object->find(name) : nullptr;
                if (!value) break;
            }
            if (value) return value;
        }
        return nullptr;
    }

    /// The section's body with `value` in scope, between its two tags.
    void render_body(const MustacheNode& section, const HtmlValue* value) {
        had_section_tag_ = true;
        if (value) push(*value);
        render(section.children);
        if (value) stack_.pop_back();
        had_section_tag_ = true;
    }

    void render(const MustacheNode& node) {
        switch (node.kind) {
            case Kind::text:
                out_ += node.text;
                break;
            case Kind::newline:
                end_line(node.text);
                break;
            case Kind::variable:
            case Kind::raw_variable:
                if (const HtmlValue* value = lookup(node.path)) {
                    if (const std::optional<std::string_view> text = value->text()) {
                        if (node.kind == Kind::variable)
                            append_html_escaped(out_, *text);
                        else
                            out_ += *text;
                    } else if (value->list() || value->object()) {
                        refuse_variable(node);
                    }
                }
                break;
            case Kind::section: {
                const HtmlValue* value = lookup(node.path);
                if (!value || value->is_false()) break;
                if (const HtmlList* list = value->list()) {
                    list->for_each([&](const HtmlValue& item) { render_body(node, &item); });
                } else {
                    render_body(node, value);
                }
                break;
            }
            case Kind::inverted_section: {
                const HtmlValue* value = lookup(node.path);
                const HtmlList* list = value ? value->list() : nullptr;
                if (!value || value->is_false() || (list && list->empty()))
                    render_body(node, value);
                break;
            }
            case Kind::partial:
                render(*node.partial);
                break;
        }
    }

    /// A {{name}} that names a list or an object (the rows of a template written for an
    /// earlier version, where {{{finding_rows}}} was text) would silently show nothing.
    void refuse_variable(const MustacheNode& node) {
        if (error_) return;
        error_ = template_error(file_->path, file_->text, node.offset,
                                "{{" + node.text + "}} names a list of items or an object, not a "
                                "text; write {{#" + node.text + "}}...{{/" + node.text +
                                "}} (templates of an earlier version: copy templates/ again)");
    }

    ReportSink& sink_;
    std::string& out_;
    std::size_t line_start_;
    bool had_section_tag_ = false;  ///< The line holds a section tag that was rendered.
    std::vector<const HtmlValue*> stack_;
    const MustacheTemplate* file_ = nullptr;  ///< The template being rendered.
    std::optional<std::string> error_;
};

}  // namespace

std::optional<std::string> render_mustache(const MustacheTemplate& page, const HtmlValue& data,
                                           ReportSink& sink) {
    Renderer renderer(sink);
    renderer.push(data);
    renderer.render(page);
    renderer.finish();
    return renderer.error();
}

std::string html_escaped(std::string_view text) {
    std::string out;
    append_html_escaped(out, text);
    return out;
}

}  // namespace upgrade_risk::reports
