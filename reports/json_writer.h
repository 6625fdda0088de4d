#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reports/report_sink.h"

namespace upgrade_risk::reports {

/// Writes indented JSON, two spaces per level, keys in the order given, so the same calls
/// give the same bytes. Strings are escaped (quotes, backslashes, control characters);
/// non-ASCII UTF-8 passes through unchanged.
class JsonWriter {
public:
    /// Writes into `sink`, which must outlive the writer.
    explicit JsonWriter(ReportSink& sink) : sink_(sink), out_(sink.text()) {}

    /// Lets the sink write out what it holds; call between items of a long array.
    void spill() { sink_.spill(); }

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The key of the next member of the current object: one of the program's own names, with
    /// no character JSON escapes (copied as it is).
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(std::uint64_t number);
    void null();
    /// key + string value.
    void member(std::string_view name, std::string_view text) {
        key(name);
        value(text);
    }
    /// key + number.
    void member(std::string_view name, std::uint64_t number) {
        key(name);
        value(number);
    }
    /// key + string value, or null when the text is empty.
    void member_or_null(std::string_view name, std::string_view text);
    /// An array of strings (anything a std::string_view is made from).
    template <typename Items>
    void strings(const Items& items) {
        begin_array();
        for (const auto& item : items) value(std::string_view(item));
        end_array();
    }

    /// Ends the document with its final newline.
    void finish() { out_ += '\n'; }

private:
    void before_value();
    /// A newline and the current indentation, after a comma when `comma`.
    void line_break(bool comma);
    void open(char bracket);
    void close(char bracket);

    ReportSink& sink_;
    std::string& out_;  ///< The sink's buffer.
    std::vector<std::size_t> counts_;  ///< Members written so far, per open container.
    bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

/// Appends json_quote(text) to `out` without a string of its own (runs of plain characters are
/// copied whole).
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace upgrade_risk::reports
