#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/perf/generator_profile.h"

namespace upgrade_risk::perf {

/// A small, portable pseudo-random generator (SplitMix64): the same seed gives the same
/// sequence on every platform, which std:: distributions do not promise.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next();
    /// Uniform in [0, bound); bound must be > 0.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    /// True with probability percent/100.
    bool percent(unsigned percent) { return below(100) < percent; }

private:
    std::uint64_t state_;
};

/// The shape of a synthetic organization, decided up front so the XML can be streamed:
/// how many servers each site has, the DRC tree and which sites are directory islands.
/// Everything per server (version, backups, wave) is drawn while writing.
struct SyntheticOrganization {
    std::vector<std::uint32_t> site_sizes;   ///< Servers per site, every site >= 1.
    std::vector<std::size_t> first_server;   ///< Global index of each site's first server.
    /// DRC parent of each site; kNoParent for the root and for directory islands.
    std::vector<std::size_t> drc_parent;
    /// Extra messaging connectors (site pairs) beyond the one that follows each DRC.
    std::vector<std::pair<std::size_t, std::size_t>> extra_routes;
    /// A second replication path between two sites (a DRC cycle), in a small group of
    /// sites of its own so the figures of the rest stay trustworthy; only from 1,000 sites.
    std::optional<std::pair<std::size_t, std::size_t>> duplicate_route;

    /// One server bridges all of a site's DRCs (the profile's `one_bridgehead_per_site`).
    bool one_bridgehead_per_site = false;

    static constexpr std::size_t kNoParent = static_cast<std::size_t>(-1);

    [[nodiscard]] std::size_t site_count() const { return site_sizes.size(); }
    /// The server that bridges site `site`'s DRC towards its parent.
    [[nodiscard]] std::size_t uplink_bridgehead(std::size_t site) const;
    /// The server that bridges the DRCs from site `site` to its children.
    [[nodiscard]] std::size_t downlink_bridgehead(std::size_t site) const;
};

/// Decides the organization's shape for `servers` servers in `sites` sites (sites <= servers).
SyntheticOrganization plan_organization(std::size_t servers, std::size_t sites,
                                        const GeneratorProfile& profile, Random& random);

/// "SITE000042": fixed width, so names sort like their indices; with a `length`, the same
/// followed by words up to that many characters.
std::string site_name(std::size_t site, std::size_t length = 0);
/// "SRV0000042": a NetBIOS-legal name (at most 15 characters), or longer as above.
std::string server_name(std::size_t server, std::size_t length = 0);

}  // namespace upgrade_risk::perf
