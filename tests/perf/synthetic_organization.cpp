#include "tests/perf/synthetic_organization.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace upgrade_risk::perf {

std::uint64_t Random::next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}

std::size_t SyntheticOrganization::uplink_bridgehead(std::size_t site) const {
    return first_server[site];
}

std::size_t SyntheticOrganization::downlink_bridgehead(std::size_t site) const {
    if (one_bridgehead_per_site) return first_server[site];
    // Odd sites with a second server give their child connectors their own bridgehead,
    // so some servers bridge one DRC and others several.
    return first_server[site] + ((site % 2 == 1 && site_sizes[site] > 1) ? 1 : 0);
}

SyntheticOrganization plan_organization(std::size_t servers, std::size_t sites,
                                        const GeneratorProfile& profile, Random& random) {
    SyntheticOrganization org;
    org.one_bridgehead_per_site = profile.one_bridgehead_per_site;
    org.site_sizes.assign(sites, 1);

    // About 2% of sites keep a single server (the `backout-single-server-site` case); the
    // other servers spread uniformly over the remaining sites.
    std::vector<std::size_t> growing;
    growing.reserve(sites);
    for (std::size_t site = 0; site < sites; ++site) {
        if (sites < 50 || !random.percent(2)) growing.push_back(site);
    }
    if (growing.empty()) growing.push_back(0);
    for (std::size_t extra = servers - sites; extra > 0; --extra) {
        ++org.site_sizes[growing[random.below(growing.size())]];
    }

    org.first_server.resize(sites);
    std::size_t next = 0;
    for (std::size_t site = 0; site < sites; ++site) {
        org.first_server[site] = next;
        next += org.site_sizes[site];
    }

    // A random recursive tree: each site hangs off an earlier one, which gives hubs and
    // a depth of O(log sites) like a real hub-and-spoke organization; or, for a deep tree,
    // off one of the four sites before it (a depth of about sites / 2.5). Acyclic by
    // construction. One site in a thousand is left out of replication (a directory island).
    org.drc_parent.assign(sites, SyntheticOrganization::kNoParent);
    for (std::size_t site = 1; site < sites; ++site) {
        if (sites >= 1000 && random.below(1000) == 0) continue;
        org.drc_parent[site] = profile.deep_replication_tree
                                   ? site - 1 - random.below(std::min<std::size_t>(site, 4))
                                   : random.below(site);
    }
    if (sites >= 1000) {
        // The last three sites replicate in a triangle, apart from everyone else.
        const std::size_t first = sites - 3;
        org.drc_parent[first] = SyntheticOrganization::kNoParent;
        org.drc_parent[first + 1] = first;
        org.drc_parent[first + 2] = first + 1;
        org.duplicate_route = std::pair{first, first + 2};
    }

    if (sites >= 2) {
        org.extra_routes.reserve(sites / 10);
        for (std::size_t i = 0; i < sites / 10; ++i) {
            const std::size_t a = random.below(sites);
            const std::size_t b = (a + 1 + random.below(sites - 1)) % sites;
            org.extra_routes.emplace_back(a, b);
        }
    }
    return org;
}

namespace {

/// `name`, then words up to `length` characters when it is longer.
std::string lengthened(std::string name, std::size_t length) {
    constexpr std::string_view kWords =
        " at the regional office of a synthetic organization with long names for every site "
        "and server";
    if (length > name.size()) name += kWords.substr(0, length - name.size());
    return name;
}

}  // namespace

std::string site_name(std::size_t site, std::size_t length) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "SITE%06zu", site + 1);
    return lengthened(buffer, length);
}

std::string server_name(std::size_t server, std::size_t length) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "SRV%07zu", server + 1);
    return lengthened(buffer, length);
}

}  // namespace upgrade_risk::perf
