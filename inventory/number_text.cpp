#include "inventory/number_text.h"

#include <charconv>

namespace upgrade_risk::inventory {

char* write_number_text(char* out, std::uint64_t number) {
    char digits[20];
    const auto length = static_cast<std::size_t>(
        std::to_chars(digits, digits + sizeof digits, number).ptr - digits);
    for (std::size_t i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0) *out++ = ',';
        *out++ = digits[i];
    }
    return out;
}

std::string number_text(std::uint64_t number) {
    // Spelled in a buffer and made a string once (the words of a large run count by the
    // hundred thousand).
    char text[kNumberTextAtMost];
    return std::string(text, static_cast<std::size_t>(write_number_text(text, number) - text));
}

}  // namespace upgrade_risk::inventory
