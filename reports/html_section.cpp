#include "reports/html_section.h"

#include <charconv>
#include <map>
#include <utility>

#include "inventory/byte_words.h"

namespace upgrade_risk::reports {

namespace {

constexpr char kMark = '\x01';

/// The stream kainjow renders into: appends straight to the sink's buffer.
struct Appender {
    std::string& out;
    Appender& operator<<(const std::string& text) {
        out += text;
        return *this;
    }
};

/// `text` escaped as kainjow escapes a {{variable}}.
void append_html_escaped(std::string& out, std::string_view text) {
    using namespace inventory::byte_words;
    std::size_t plain = 0;  // start of the run of characters that need no escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Eight plain bytes at a time, then the word that holds something to escape bytewise.
        while (i + 8 <= text.size()) {
            const std::uint64_t word = load(text.data() + i);
            if (has_byte(word, '&') | has_byte(word, '<') | has_byte(word, '>') | has_byte(word, '"') |
                has_byte(word, '\'')) {
                break;
            }
            i += 8;
        }
        if (i == text.size()) break;
        std::string_view entity;
        switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            case '\'': entity = "&apos;"; break;
            default: continue;
        }
        out.append(text, plain, i - plain);
        out += entity;
        plain = i + 1;
    }
    out.append(text, plain, text.size() - plain);
}

}  // namespace

HtmlSection::HtmlSection(const std::string& text, const HtmlData& page, ReportSink& sink)
    : template_(text), page_(page), sink_(sink) {}

HtmlSection::Rendering HtmlSection::render_shape(const HtmlItem& item) {
    std::size_t holes = 0;
    const HtmlData data = item.with_holes(holes);
    kainjow::mustache::context<std::string> context(&page_);
    context.push(&data);
    std::string text;
    Appender out{text};
    template_.render(context, out);

    Rendering rendering;
    std::string literal;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == HtmlItem::kHole) {
            std::size_t value = 0;
            const char* end = text.data() + text.size();
            const auto parsed = std::from_chars(text.data() + i + 1, end, value);
            const std::string_view rest(parsed.ptr, static_cast<std::size_t>(end - parsed.ptr));
            // The '&' of the marker tells whether the template escaped the value.
            static const std::string kEscapedEnd = std::string("&amp;") + HtmlItem::kHoleEnd;
            static const std::string kRawEnd = std::string("&") + HtmlItem::kHoleEnd;
            const bool escaped = rest.starts_with(kEscapedEnd);
            if (parsed.ec == std::errc{} && value < holes && (escaped || rest.starts_with(kRawEnd))) {
                rendering.push_back(Piece{std::move(literal), value, escaped});
                literal.clear();
                i = static_cast<std::size_t>(parsed.ptr - text.data()) +
                    (escaped ? kEscapedEnd : kRawEnd).size();
                continue;
            }
        }
        literal += text[i++];  // not a marker (a custom template may hold the byte)
    }
    rendering.push_back(Piece{std::move(literal), kNoValue, false});
    return rendering;
}

void HtmlSection::add(const HtmlItem& item) {
    shape_.clear();
    item.append_shape(shape_);
    auto found = renderings_.find(shape_);
    if (found == renderings_.end()) found = renderings_.emplace(shape_, render_shape(item)).first;
    values_.clear();
    item.append_values(values_);
    std::string& out = sink_.text();
    for (const Piece& piece : found->second) {
        out += piece.literal;
        if (piece.value == kNoValue) break;
        if (piece.escaped) append_html_escaped(out, *values_[piece.value]);
        else out += *values_[piece.value];
    }
    sink_.spill();
}

std::string HtmlSections::defer(std::string_view name, const HtmlData& page, Items items) {
    parts_.push_back(Part{templates_.at(name), page, std::move(items)});
    return kMark + std::to_string(parts_.size() - 1) + kMark;
}

void HtmlSections::write(std::string_view page, ReportSink& sink) const {
    // Parts of one template in front of the same data render alike (a wave's checklist has
    // two, and a rollout may have thousands of waves): kainjow reads each template once.
    std::map<std::pair<const std::string*, const HtmlData*>, HtmlSection> sections;
    std::size_t done = 0;
    for (auto mark = page.find(kMark); mark != std::string_view::npos; mark = page.find(kMark, done)) {
        sink.append(page.substr(done, mark - done));
        const auto end = page.find(kMark, mark + 1);
        std::size_t index = parts_.size();
        if (end != std::string_view::npos) {
            const auto parsed = std::from_chars(page.data() + mark + 1, page.data() + end, index);
            if (parsed.ptr != page.data() + end) index = parts_.size();
        }
        if (index < parts_.size()) {
            const Part& part = parts_[index];
            auto section = sections.find({&part.text, &part.page});
            if (section == sections.end()) {
                section = sections.try_emplace({&part.text, &part.page}, part.text, part.page, sink).first;
            }
            part.items(section->second);
            done = end + 1;
        } else {
            // Not one of ours (a custom template may hold the byte): kept as it is.
            sink.append(std::string_view(&kMark, 1));
            done = mark + 1;
        }
        sink.spill();
    }
    sink.append(page.substr(done));
}

}  // namespace upgrade_risk::reports
