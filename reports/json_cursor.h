#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// JSON that could not be read, in words for the user, with the line it was found on.
struct JsonError : std::runtime_error {
    JsonError(std::size_t at_line, const std::string& message)
        : std::runtime_error(message), line(at_line) {}
    std::size_t line;
};

/// Reads JSON text value by value, keeping only what its caller asks for: a report of a
/// million findings is read without a tree of it in memory (Boost's property tree took ten
/// times the file). Nesting deeper than kMaxDepth is refused, so no input can exhaust the
/// stack. Every reader throws JsonError where the text is not JSON.
class JsonCursor {
public:
    /// A report of upgrade-risk nests six deep (report, findings, finding, mitigations,
    /// mitigation, kb).
    static constexpr std::size_t kMaxDepth = 64;

    explicit JsonCursor(std::string_view text) : text_(text) {}

    /// The next value is an object: calls `member(key)` for each member, which must read or
    /// skip the member's value.
    template <typename Member>
    void object(Member member) {
        enter('{');
        if (!consume('}')) {
            do {
                const std::string key = string();
                expect(':');
                member(key);
            } while (consume(','));
            expect('}');
        }
        --depth_;
    }

    /// The next value is an array: calls `element()` for each element, which must read or skip
    /// it.
    template <typename Element>
    void array(Element element) {
        enter('[');
        if (!consume(']')) {
            do element();
            while (consume(','));
            expect(']');
        }
        --depth_;
    }

    /// The next value is a string: its text, unescaped (\uXXXX as UTF-8).
    std::string string();
    /// A string's text, or "" for null; any other value is skipped and read as "".
    std::string string_or_empty();
    /// A whole number of at most 32 bits (a line or column), or 0 for any other value, which
    /// is read past.
    std::uint32_t count_or_zero();
    /// Reads past the next value, whatever it is.
    void skip();
    /// The next character that is not white space ('\0' at the end).
    char peek();
    /// Fails unless only white space is left.
    void expect_end();

    [[nodiscard]] std::size_t line() const { return line_; }

private:
    /// Reads the next string, unescaped into `out`, or only past it when `out` is null.
    void read_string(std::string* out);
    void enter(char open);
    void expect(char c);
    bool consume(char c);
    void literal(std::string_view word);
    void number();
    unsigned hex4();
    /// Throws: the text is not JSON, for the reason `why`.
    [[noreturn]] void fail(const std::string& why) const {
        throw JsonError(line_, "not valid JSON (" + why + ")");
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t depth_ = 0;
};

}  // namespace upgrade_risk::reports
