#include "reports/json_writer.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstring>

#include "inventory/byte_words.h"
#include "inventory/copy_into.h"

namespace upgrade_risk::reports {

namespace {

using inventory::copy_into;

/// Where `text`, from an offset, next holds a byte a JSON string escapes (a control character,
/// '"' or '\\'); text.size() when it holds none.
constexpr auto next_escaped = inventory::byte_words::find_first<0x20, '"', '\\'>;

/// A comma, a newline and the indentation of the first seven levels, copied whole (a fixed
/// size: two moves, no call); room for kShortBreak bytes is asked for wherever a break may go.
constexpr std::string_view kBreak = ",\n               ";
constexpr std::size_t kShortBreak = 16;
static_assert(kShortBreak + 1 == kBreak.size());

/// The room made at a time, a few findings' worth.
constexpr std::size_t kRoom = 4096;

/// The most bytes json's quoting makes of `text`: every byte as \u00XX, and the quotes.
constexpr std::size_t quoted_size_at_most(std::string_view text) { return 6 * text.size() + 2; }

/// The bytes JSON escapes with a letter after the backslash, and those letters; any other
/// control character is written \u00XX.
constexpr std::string_view kShortEscaped = "\"\\\n\r\t\b\f";
constexpr std::string_view kShortEscapes = "\"\\nrtbf";
static_assert(kShortEscaped.size() == kShortEscapes.size());

/// Writes `text` quoted at `out`, which has room for quoted_size_at_most(text); runs of plain
/// characters are copied whole. Returns the end.
char* write_quoted(char* out, std::string_view text) {
    *out++ = '"';
    std::size_t plain = 0;  // start of the run of characters that need no escape
    for (std::size_t i = 0; (i = next_escaped(text, i)) < text.size(); ++i) {
        out = copy_into(out, text.substr(plain, i - plain));
        plain = i + 1;
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t short_form = kShortEscaped.find(static_cast<char>(c));
        *out++ = '\\';
        if (short_form != std::string_view::npos) {
            *out++ = kShortEscapes[short_form];
        } else {
            constexpr std::string_view hex = "0123456789abcdef";
            out = copy_into(out, "u00");
            *out++ = hex[c >> 4];
            *out++ = hex[c & 0xf];
        }
    }
    out = copy_into(out, text.substr(plain));
    *out++ = '"';
    return out;
}

}  // namespace

std::string json_quote(std::string_view text) {
    std::string quoted(quoted_size_at_most(text), '\0');
    quoted.resize(static_cast<std::size_t>(write_quoted(quoted.data(), text) - quoted.data()));
    return quoted;
}

void JsonWriter::grow(std::size_t bytes) {
    const std::size_t used = written();
    out_.resize(used + std::max(bytes, kRoom));
    cursor_ = out_.data() + used;
    limit_ = out_.data() + out_.size();
}

void JsonWriter::commit() {
    if (!cursor_) return;
    out_.resize(static_cast<std::size_t>(cursor_ - out_.data()));
    cursor_ = limit_ = nullptr;
}

char* JsonWriter::line_break(char* out, bool comma) const {
    const std::size_t width = 2 + 2 * counts_.size() - (comma ? 0 : 1);
    if (width <= kShortBreak) {
        std::memcpy(out, kBreak.data() + (comma ? 0 : 1), kShortBreak);
        return out + width;
    }
    if (comma) *out++ = ',';
    *out++ = '\n';
    std::memset(out, ' ', 2 * counts_.size());
    return out + 2 * counts_.size();
}

char* JsonWriter::room_after_break(std::size_t bytes) {
    return room(kShortBreak + 2 * counts_.size() + bytes);
}

char* JsonWriter::start_value(std::size_t bytes) {
    char* out = room_after_break(bytes);
    if (after_key_) {
        after_key_ = false;
    } else if (!counts_.empty()) {
        out = line_break(out, counts_.back()++ > 0);
    }
    return out;
}

void JsonWriter::open(char bracket) {
    char* out = start_value(1);
    *out++ = bracket;
    cursor_ = out;
    counts_.push_back(0);
}

void JsonWriter::close(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    char* out = room_after_break(1);
    if (!empty) out = line_break(out, false);
    *out++ = bracket;
    cursor_ = out;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
    // The program's own names need no escape: they are copied as they are, which a report's
    // hundreds of thousands of keys make worth it.
    assert(next_escaped(name, 0) == name.size());
    char* out = start_value(name.size() + 4);
    *out++ = '"';
    out = copy_into(out, name);
    cursor_ = copy_into(out, "\": ");
    after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
    cursor_ = write_quoted(start_value(quoted_size_at_most(text)), text);
}

void JsonWriter::value(bool flag) { cursor_ = copy_into(start_value(5), flag ? "true" : "false"); }

void JsonWriter::value(std::uint64_t number) {
    char* out = start_value(20);
    cursor_ = std::to_chars(out, out + 20, number).ptr;
}

void JsonWriter::null() { cursor_ = copy_into(start_value(4), "null"); }

void JsonWriter::member_or_null(std::string_view name, std::string_view text) {
    key(name);
    if (text.empty()) null();
    else value(text);
}

}  // namespace upgrade_risk::reports
