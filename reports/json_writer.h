#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::reports {

/// Writes indented JSON, two spaces per level, keys in the order given, so the same calls
/// give the same bytes. Strings are escaped (quotes, backslashes, control characters);
/// non-ASCII UTF-8 passes through unchanged.
class JsonWriter {
public:
    /// Room for about `bytes` of output, so a large report grows its buffer once, not by
    /// doubling (each doubling copied the whole report and touched fresh pages).
    void reserve(std::size_t bytes) { out_.reserve(bytes); }
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The key of the next member of the current object.
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(std::uint64_t number);
    void null();
    /// key + string value, or null when the text is empty.
    void member_or_null(std::string_view name, std::string_view text);
    /// An array of strings.
    void strings(const std::vector<std::string>& items);

    /// The document, with a final newline.
    std::string finish();

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);

    std::string out_;
    std::vector<std::size_t> counts_;  ///< Members written so far, per open container.
    bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

/// Appends json_quote(text) to `out` without a string of its own (runs of plain characters are
/// copied whole).
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace upgrade_risk::reports
