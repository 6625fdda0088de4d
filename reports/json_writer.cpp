#include "reports/json_writer.h"

#include <cstdio>

namespace upgrade_risk::reports {

std::string json_quote(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': quoted += "\\\""; break;
            case '\\': quoted += "\\\\"; break;
            case '\n': quoted += "\\n"; break;
            case '\r': quoted += "\\r"; break;
            case '\t': quoted += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                    quoted += escape;
                } else {
                    quoted += c;
                }
        }
    }
    quoted += '"';
    return quoted;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    if (levels_.back().members++ > 0) out_ += ',';
    newline();
}

void JsonWriter::open(char bracket, bool object) {
    before_value();
    out_ += bracket;
    levels_.push_back(Level{object, 0});
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().members == 0;
    levels_.pop_back();
    if (!empty) newline();
    out_ += bracket;
}

void JsonWriter::begin_object() { open('{', true); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('[', false); }
void JsonWriter::end_array() { close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    out_ += json_quote(name);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    out_ += json_quote(text);
}

void JsonWriter::value(std::int64_t number) {
    before_value();
    out_ += std::to_string(number);
}

void JsonWriter::value(std::uint64_t number) {
    before_value();
    out_ += std::to_string(number);
}

void JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
}

void JsonWriter::string_array(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& item : items) value(item);
    end_array();
}

std::string JsonWriter::finish() {
    out_ += '\n';
    return std::move(out_);
}

}  // namespace upgrade_risk::reports
