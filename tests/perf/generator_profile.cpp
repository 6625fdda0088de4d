#include "tests/perf/generator_profile.h"

#include <algorithm>
#include <array>

namespace upgrade_risk::perf {
namespace {

constexpr std::array kProfiles = {
    GeneratorProfile{
        .name = "standard",
        .summary = "sites of 20 mixing 4.0, 5.0 and 5.5 (one in 20 without 5.5), a shallow DRC "
                   "tree, 95% of older servers upgraded, a few stale or missing backups",
    },
    GeneratorProfile{
        .name = "exposed",
        .summary = "sites of 5, each with a 5.5 server; one 4.0 bridgehead per site for all its "
                   "DRCs in a deep tree, the other servers on 5.0 or 5.5; every older server "
                   "upgraded; 40% of backups stale, 15% of planned servers without one: two findings "
                   "in five critical, cut-off lists of thousands of sites",
        .servers_per_site = 5,
        .one_site_without_5_5_in = 0,
        .only_bridgeheads_run_4_0 = true,
        .one_bridgehead_per_site = true,
        .deep_replication_tree = true,
        .percent_of_older_servers_upgraded = 100,
        .percent_of_planned_without_backup = 15,
        .percent_of_backups_stale = 40,
    },
    GeneratorProfile{
        .name = "warnings",
        .summary = "the standard organization with every backup dated after `captured` and every "
                   "wave starting before the one above it: a warning for each",
        .dates_after_capture = true,
    },
    GeneratorProfile{
        .name = "long-names",
        .summary = "the standard organization with 60-character site and server names",
        .name_length = 60,
    },
};

}  // namespace

std::span<const GeneratorProfile> generator_profiles() { return kProfiles; }

const GeneratorProfile* find_generator_profile(std::string_view name) {
    const auto* found = std::find_if(kProfiles.begin(), kProfiles.end(),
                                     [&](const GeneratorProfile& profile) { return profile.name == name; });
    return found == kProfiles.end() ? nullptr : found;
}

}  // namespace upgrade_risk::perf
