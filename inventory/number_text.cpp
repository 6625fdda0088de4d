#include "inventory/number_text.h"

#include <charconv>

namespace upgrade_risk::inventory {

std::string number_text(std::uint64_t number) {
    char digits[20];
    const auto length = static_cast<std::size_t>(
        std::to_chars(digits, digits + sizeof digits, number).ptr - digits);
    std::string text;
    text.reserve(length + (length - 1) / 3);
    for (std::size_t i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0) text += ',';
        text += digits[i];
    }
    return text;
}

}  // namespace upgrade_risk::inventory
