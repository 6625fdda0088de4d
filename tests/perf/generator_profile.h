#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace upgrade_risk::perf {

/// The shape of organization the generator writes: the numbers that differ between the kinds
/// of organization (and of bad day) the benchmark must hold on. Everything else, and the
/// random draws, are the same for every profile.
struct GeneratorProfile {
    std::string_view name;
    std::string_view summary;  ///< One line for --help and docs/performance.md.
    std::size_t servers_per_site = 20;  ///< Sites default to servers / this.
    /// One site in this many has no 5.5 server (0: every site has one, its last server).
    std::size_t one_site_without_5_5_in = 20;
    /// Bridgeheads run 4.0 (at SP2 or later), so a failed upgrade of any of them is critical,
    /// and no other server does (the others run 5.0 or 5.5).
    bool only_bridgeheads_run_4_0 = false;
    /// One server of each site bridges all of its DRCs (several connectors per bridgehead).
    bool one_bridgehead_per_site = false;
    /// Each site hangs off one of the last few sites before it: a deep DRC tree, so a broken
    /// bridgehead cuts off long lists of sites. Otherwise off any earlier site (a shallow tree).
    bool deep_replication_tree = false;
    unsigned percent_of_older_servers_upgraded = 95;  ///< Of the servers below the target.
    unsigned percent_of_planned_without_backup = 2;
    unsigned percent_of_backups_stale = 10;  ///< Three days old when captured.
    /// Every backup is dated after `captured`, and every wave starts before the one above it:
    /// a warning for each (the loader names ten late backups and counts the rest).
    bool dates_after_capture = false;
    /// Characters in every site and server name (0: "SITE000042" and "SRV0000042").
    std::size_t name_length = 0;
};

/// Every profile, the default ("standard") first.
std::span<const GeneratorProfile> generator_profiles();
/// The profile called `name`, or nullptr.
const GeneratorProfile* find_generator_profile(std::string_view name);

}  // namespace upgrade_risk::perf
