#include "reports/json_writer.h"

#include <cassert>
#include <cstdio>

#include "inventory/byte_words.h"

namespace upgrade_risk::reports {

namespace {

/// Where `text`, from an offset, next holds a byte a JSON string escapes (a control character,
/// '"' or '\\'); text.size() when it holds none.
constexpr auto next_escaped = inventory::byte_words::find_first<0x20, '"', '\\'>;

/// A comma, a newline and the indentation of the nesting levels a report reaches, to take one
/// piece from: each value and key starts with one append instead of three.
constexpr std::string_view kBreak = ",\n                                                                ";

}  // namespace

void append_json_quoted(std::string& out, std::string_view text) {
    out += '"';
    std::size_t plain = 0;  // start of the run of characters that need no escape
    for (std::size_t i = 0; (i = next_escaped(text, i)) < text.size(); ++i) {
        out.append(text, plain, i - plain);
        plain = i + 1;
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            }
        }
    }
    out.append(text, plain, text.size() - plain);
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string quoted;
    append_json_quoted(quoted, text);
    return quoted;
}

void JsonWriter::line_break(bool comma) {
    const std::size_t width = 2 + 2 * counts_.size();
    if (width <= kBreak.size()) {
        out_.append(kBreak.substr(comma ? 0 : 1, width - (comma ? 0 : 1)));
        return;
    }
    if (comma) out_ += ',';
    out_ += '\n';
    out_.append(2 * counts_.size(), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!counts_.empty()) line_break(counts_.back()++ > 0);
}

void JsonWriter::open(char bracket) {
    before_value();
    out_ += bracket;
    counts_.push_back(0);
}

void JsonWriter::close(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) line_break(false);
    out_ += bracket;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
    // The program's own names need no escape: they are copied as they are, which a report's
    // hundreds of thousands of keys make worth it.
    assert(next_escaped(name, 0) == name.size());
    before_value();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    append_json_quoted(out_, text);
}

void JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
}

void JsonWriter::value(std::uint64_t number) {
    before_value();
    out_ += std::to_string(number);
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::member_or_null(std::string_view name, std::string_view text) {
    key(name);
    if (text.empty()) null();
    else value(text);
}

}  // namespace upgrade_risk::reports
