#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace upgrade_risk::perf {

/// What to generate.
struct GeneratorOptions {
    std::size_t servers = 1000;
    std::size_t sites = 0;  ///< 0: one site per 20 servers.
    std::uint64_t seed = 1;
};

/// Streams a valid synthetic inventory (format 1) to `out`: mixed 4.0/5.0/5.5 servers with
/// matching builds, backups, a DRC tree with bridgeheads, messaging connectors along every
/// DRC plus extra routes, kits (some with Authrest.exe) and a rollout to 5.5 SP2 in up to
/// 20 waves. The same options always give byte-identical output. False on a write error.
bool write_synthetic_inventory(const GeneratorOptions& options, std::FILE* out);

}  // namespace upgrade_risk::perf
