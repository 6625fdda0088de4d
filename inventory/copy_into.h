#pragma once

#include <cstring>
#include <string_view>

namespace upgrade_risk::inventory {

/// Copies `bytes` to `out`, which has room for them; returns where they end. For text sized
/// first and filled through a pointer (the findings' sentences, the JSON report, a product
/// level), which costs less than appending each piece to a std::string.
inline char* copy_into(char* out, std::string_view bytes) {
    if (!bytes.empty()) std::memcpy(out, bytes.data(), bytes.size());
    return out + bytes.size();
}

}  // namespace upgrade_risk::inventory
