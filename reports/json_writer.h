#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace upgrade_risk::reports {

/// Writes pretty-printed JSON (two-space indent) one token at a time, so every JSON-based format
/// (SARIF, ...) escapes strings and places commas the same way.
class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Names the next member of the current object.
    JsonWriter& key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    /// An array of strings on one call.
    void string_array(const std::vector<std::string>& items);
    /// The finished text, ending with a newline.
    std::string finish();

private:
    struct Level {
        bool object = false;
        std::size_t members = 0;
    };
    void open(char bracket, bool object);
    void close(char bracket);
    void before_value();
    void newline();

    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

/// `text` as a quoted JSON string, escaping quotes, backslashes and control characters.
std::string json_quote(std::string_view text);

}  // namespace upgrade_risk::reports
