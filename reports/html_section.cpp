#include "reports/html_section.h"

#include <charconv>

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

}  // namespace

HtmlSection::HtmlSection(const std::string& text, const HtmlData& page, ReportSink& sink)
    : template_(text), page_(page), sink_(sink) {}

void HtmlSection::add(const HtmlData& item) {
    kainjow::mustache::context<std::string> context(&page_);
    context.push(&item);
    Appender out{sink_.text()};
    template_.render(context, out);
    sink_.spill();
}

std::string HtmlSections::defer(std::string_view name, const HtmlData& page, Items items) {
    parts_.push_back(Part{templates_.at(name), page, std::move(items)});
    return kMark + std::to_string(parts_.size() - 1) + kMark;
}

void HtmlSections::write(std::string_view page, ReportSink& sink) const {
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
            HtmlSection section(part.text, part.page, sink);
            part.items(section);
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
