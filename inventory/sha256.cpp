#include "inventory/sha256.h"

#include <array>
#include <cstdint>

#include <nettle/sha2.h>

namespace upgrade_risk::inventory {

std::string sha256_hex(std::string_view data) {
    // nettle picks the processor's SHA instructions at run time where it has them.
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
    std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(&context, digest.size(), digest.data());

    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * digest.size());
    for (const std::uint8_t byte : digest) {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 0xf];
    }
    return hex;
}

}  // namespace upgrade_risk::inventory
