#include "inventory/number_text.h"

#include <charconv>

namespace upgrade_risk::inventory {

std::string number_text(std::uint64_t number) {
    char digits[20];
    const auto length = static_cast<std::size_t>(
        std::to_chars(digits, digits + sizeof digits, number).ptr - digits);
    // Spelled in a buffer and made a string once (the words of a large run count by the
    // hundred thousand): at most 20 digits and 6 commas.
    char text[26];
    std::size_t size = 0;
    for (std::size_t i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0) text[size++] = ',';
        text[size++] = digits[i];
    }
    return std::string(text, size);
}

}  // namespace upgrade_risk::inventory
