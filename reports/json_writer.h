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
///
/// The bytes go straight into room made at the end of the sink's buffer, through a pointer:
/// a report's million keys and values each cost a bounds check, not the string's bookkeeping
/// for every piece. The room is zeroed once as it is made (a std::string has no uninitialised
/// growth before C++23); the buffer holds exactly what is written again when the sink writes a
/// block out, after finish() and at the writer's end.
class JsonWriter {
public:
    /// Writes into `sink`, which must outlive the writer.
    explicit JsonWriter(ReportSink& sink) : sink_(sink), out_(sink.text()) {}
    ~JsonWriter() { commit(); }
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    /// Lets the sink write out what it holds; call between items of a long array.
    void spill() {
        if (!sink_.spills_at(written())) return;
        commit();
        sink_.spill();
    }

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
    void finish() {
        *room(1) = '\n';
        ++cursor_;
        commit();
    }

private:
    /// Room for `bytes` more at cursor_, made when short.
    char* room(std::size_t bytes) {
        if (static_cast<std::size_t>(limit_ - cursor_) < bytes) grow(bytes);
        return cursor_;
    }
    void grow(std::size_t bytes);
    /// How many bytes of the sink's buffer hold JSON.
    std::size_t written() const {
        return cursor_ ? static_cast<std::size_t>(cursor_ - out_.data()) : out_.size();
    }
    /// Cuts the sink's buffer to what is written; the next write makes room again.
    void commit();
    /// Room for a line break at the current depth and `bytes` more.
    char* room_after_break(std::size_t bytes);
    /// room_after_break(bytes) with the break written unless a key precedes the value: where
    /// the value's bytes go.
    char* start_value(std::size_t bytes);
    /// Writes a newline and the current indentation at `out`, after a comma when `comma`;
    /// `out` has the room room_after_break makes.
    char* line_break(char* out, bool comma) const;
    void open(char bracket);
    void close(char bracket);

    ReportSink& sink_;
    std::string& out_;  ///< The sink's buffer: written up to cursor_, room up to limit_.
    char* cursor_ = nullptr;  ///< nullptr while the buffer holds only what is written.
    char* limit_ = nullptr;
    std::vector<std::size_t> counts_;  ///< Members written so far, per open container.
    bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace upgrade_risk::reports
