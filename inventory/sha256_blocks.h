#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace upgrade_risk::inventory {

/// The eight working words of a SHA-256 computation, between blocks.
using Sha256State = std::array<std::uint32_t, 8>;

/// The 64 round constants of FIPS 180-4, shared by both implementations.
extern const std::array<std::uint32_t, 64> kSha256RoundConstants;

/// Mixes `blocks` 64-byte blocks starting at `data` into `state`, in portable C++.
void sha256_blocks_portable(Sha256State& state, const unsigned char* data, std::size_t blocks);

/// True when this processor has the x86 SHA extensions sha256_blocks_x86 needs.
bool sha256_x86_available();

/// The same as sha256_blocks_portable with the x86 SHA extensions, about ten times faster:
/// the digest is taken of every inventory loaded, so it would otherwise cost more than
/// the XML parse. Only call it when sha256_x86_available().
void sha256_blocks_x86(Sha256State& state, const unsigned char* data, std::size_t blocks);

}  // namespace upgrade_risk::inventory
