#include "reports/markdown_limits.h"

#include "inventory/text_encoding.h"

namespace upgrade_risk::reports {

bool BoundedList::add(std::string_view line) {
    const std::size_t size = inventory::code_points(line);
    if (full_ || size > room_) {
        full_ = true;
        return false;
    }
    room_ -= size;
    text_ += line;
    ++listed_;
    return true;
}

void cut_at_line(std::string& report, std::size_t at_most, std::string_view note) {
    if (inventory::code_points(report) <= at_most) return;
    const std::size_t note_size = inventory::code_points(note);
    const std::size_t room = at_most > note_size ? at_most - note_size : 0;
    // The first `room` characters end in the middle of a line, or at its end: keep what is before
    // the last line break in them.
    const std::size_t bytes = inventory::code_points_prefix_bytes(report, room);
    const std::size_t line_end = bytes == 0 ? std::string::npos : report.rfind('\n', bytes - 1);
    report.resize(line_end == std::string::npos ? 0 : line_end + 1);
    report += note;
}

}  // namespace upgrade_risk::reports
