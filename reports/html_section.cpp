#include "reports/html_section.h"

#include <charconv>

namespace upgrade_risk::reports {

namespace {

constexpr char kMark = '\x01';

/// The stream kainjow renders into: appends straight to the section's string.
struct Appender {
    std::string& out;
    Appender& operator<<(const std::string& text) {
        out += text;
        return *this;
    }
};

}  // namespace

HtmlSection::HtmlSection(HtmlSections& owner, const std::string& text, const HtmlData& page)
    : owner_(owner), template_(text), page_(page) {}

void HtmlSection::add(const HtmlData& item) {
    kainjow::mustache::context<std::string> context(&page_);
    context.push(&item);
    Appender out{html_};
    template_.render(context, out);
}

std::string HtmlSection::take() { return owner_.hold(std::move(html_)); }

HtmlSection HtmlSections::section(std::string_view name, const HtmlData& page) {
    return HtmlSection(*this, templates_.at(name), page);
}

std::string HtmlSections::hold(std::string html) {
    pieces_.push_back(std::move(html));
    return kMark + std::to_string(pieces_.size() - 1) + kMark;
}

std::string HtmlSections::splice(std::string_view page) const {
    std::size_t size = page.size();
    for (const auto& piece : pieces_) size += piece.size();
    std::string out;
    out.reserve(size);
    std::size_t done = 0;
    for (auto mark = page.find(kMark); mark != std::string_view::npos; mark = page.find(kMark, done)) {
        out.append(page, done, mark - done);
        const auto end = page.find(kMark, mark + 1);
        std::size_t index = pieces_.size();
        if (end != std::string_view::npos) {
            const auto parsed = std::from_chars(page.data() + mark + 1, page.data() + end, index);
            if (parsed.ptr != page.data() + end) index = pieces_.size();
        }
        if (index < pieces_.size()) {
            out += pieces_[index];
            done = end + 1;
        } else {
            // Not one of ours (a custom template may hold the byte): kept as it is.
            out += kMark;
            done = mark + 1;
        }
    }
    out.append(page, done, page.size() - done);
    return out;
}

}  // namespace upgrade_risk::reports
