#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "tests/perf/generator_profile.h"

namespace upgrade_risk::perf {

/// What to generate.
struct GeneratorOptions {
    std::size_t servers = 1000;
    std::size_t sites = 0;  ///< 0: servers / the profile's servers_per_site.
    std::uint64_t seed = 1;
    GeneratorProfile profile = generator_profiles().front();
};

/// Streams a valid synthetic inventory (format 1) to `out`: mixed 4.0/5.0/5.5 servers with
/// matching builds, backups, a DRC tree with bridgeheads, messaging connectors along every
/// DRC plus extra routes, kits (some with Authrest.exe) and a rollout to 5.5 SP2 in up to
/// 20 waves, in the shape its profile gives. The same options always give byte-identical
/// output. False on a write error.
bool write_synthetic_inventory(const GeneratorOptions& options, std::FILE* out);

}  // namespace upgrade_risk::perf
