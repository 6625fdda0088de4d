#pragma once

#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// The SHA-256 digest (FIPS 180-4) of `data`, as 64 lowercase hex digits. Reports quote it
/// so a reader can tell exactly which inventory file a report was made from.
std::string sha256_hex(std::string_view data);

}  // namespace upgrade_risk::inventory
