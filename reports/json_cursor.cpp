#include "reports/json_cursor.h"

#include <charconv>

#include "inventory/byte_words.h"
#include "inventory/text_encoding.h"

namespace upgrade_risk::reports {
using inventory::append_utf8;

char JsonCursor::peek() {
    for (; pos_ < text_.size(); ++pos_) {
        const char c = text_[pos_];
        if (c == '\n') ++line_;
        else if (c != ' ' && c != '\t' && c != '\r') return c;
    }
    return '\0';
}

bool JsonCursor::consume(char c) {
    if (peek() != c) return false;  // peek() is '\0' at the end, which no caller asks for
    ++pos_;
    return true;
}

void JsonCursor::expect(char c) {
    if (!consume(c)) fail(std::string("expected '") + c + "'");
}

void JsonCursor::expect_end() {
    if (peek() != '\0' || pos_ < text_.size()) fail("text after the end of the report");
}

void JsonCursor::enter(char open) {
    expect(open);
    if (++depth_ > kMaxDepth) {
        throw JsonError(line_, "lists and objects are nested more than " +
                                   std::to_string(kMaxDepth) + " deep here");
    }
}

unsigned JsonCursor::hex4() {
    unsigned value = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
        const char c = pos_ < text_.size() ? text_[pos_] : '\0';
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) fail("expected four hex digits after \\u");
        value = value * 16 + static_cast<unsigned>(digit);
    }
    return value;
}

void JsonCursor::read_string(std::string* out) {
    expect('"');
    while (true) {
        // Most of a report's text needs no unescaping: copied (or passed) a run at a time.
        const std::size_t stop = inventory::byte_words::find_first<0x20, '"', '\\'>(text_, pos_);
        if (out) out->append(text_.substr(pos_, stop - pos_));
        pos_ = stop;
        if (pos_ >= text_.size()) fail("a string is not closed");
        const char c = text_[pos_++];
        if (c == '"') return;
        if (c != '\\') fail("a control character inside a string");
        if (pos_ >= text_.size()) fail("a string is not closed");
        char plain = '\0';
        switch (const char escaped = text_[pos_++]) {
        case '"': case '\\': case '/': plain = escaped; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
            unsigned code = hex4();
            if (code >= 0xD800 && code < 0xDC00) {  // a surrogate pair's first half
                if (!text_.substr(pos_).starts_with("\\u")) fail("half a surrogate pair");
                pos_ += 2;
                const unsigned low = hex4();
                if (low < 0xDC00 || low >= 0xE000) fail("half a surrogate pair");
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            } else if (code >= 0xDC00 && code < 0xE000) {
                fail("half a surrogate pair");
            }
            if (out) append_utf8(*out, code);
            continue;
        }
        default:
            // Quoted only when printable: the message goes to a terminal.
            fail(escaped > ' ' && escaped < '\x7F' ? std::string("unknown escape \\") + escaped
                                                   : std::string("a backslash before a character that is no escape"));
        }
        if (out) *out += plain;
    }
}

std::string JsonCursor::string() {
    std::string out;
    read_string(&out);
    return out;
}

void JsonCursor::literal(std::string_view word) {
    peek();
    if (!text_.substr(pos_).starts_with(word)) fail("expected a value");
    pos_ += word.size();
}

void JsonCursor::number() {
    peek();
    const auto digits = [&] {
        const std::size_t first = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        if (pos_ == first) fail("expected a value");
    };
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    digits();
    if (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        digits();
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        ++pos_;
        if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
        digits();
    }
}

void JsonCursor::skip() {
    switch (peek()) {
    case '{': object([this](const std::string&) { skip(); }); break;
    case '[': array([this] { skip(); }); break;
    case '"': read_string(nullptr); break;
    case 't': literal("true"); break;
    case 'f': literal("false"); break;
    case 'n': literal("null"); break;
    default: number();
    }
}

std::uint32_t JsonCursor::count_or_zero() {
    const char first = peek();
    if (first < '0' || first > '9') {
        skip();
        return 0;
    }
    const std::size_t start = pos_;
    number();
    const std::string_view digits = text_.substr(start, pos_ - start);
    std::uint32_t count = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    return error == std::errc{} && end == digits.data() + digits.size() ? count : 0;
}

std::string JsonCursor::string_or_empty() {
    if (peek() == '"') return string();
    skip();
    return {};
}

}  // namespace upgrade_risk::reports
