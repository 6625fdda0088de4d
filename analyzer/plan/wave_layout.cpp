#include "analyzer/plan/wave_layout.h"

#include <algorithm>
#include <tuple>

namespace upgrade_risk::analyzer::plan {
namespace {

using inventory::ServerId;

/// The wave a server would keep: its own, within the plan's count (the last one when the
/// plan has fewer), or the first when the rollout did not plan it.
std::size_t kept_wave(std::size_t original, std::size_t waves) {
    return original == kNoWave ? 0 : std::min(original, waves - 1);
}

std::size_t changes(const std::vector<ServerId>& servers, const std::vector<std::size_t>& wave_of,
                    const std::vector<std::size_t>& original) {
    std::size_t count = 0;
    for (const ServerId id : servers) {
        if (original[id] != kNoWave && wave_of[id] != original[id]) ++count;
    }
    return count;
}

bool contains(const std::vector<ServerId>& servers, ServerId id) {
    return std::find(servers.begin(), servers.end(), id) != servers.end();
}

/// A site that needs a leader: every (candidate, wave) pair, for the fewest moves and then the
/// fewest changes; the followers go after the leader, keeping their wave where they can.
ServerId place_with_leader(const SiteShape& shape, const inventory::Inventory& inventory,
                           const Topology& topology, std::size_t waves,
                           const std::vector<std::size_t>& original,
                           std::vector<std::size_t>& wave_of) {
    std::tuple<std::size_t, std::size_t, ServerId, std::size_t> best{kNoWave, kNoWave, 0, 0};
    for (const ServerId leader : leader_candidates(shape, topology)) {
        const bool followers = shape.exposed.size() > (contains(shape.exposed, leader) ? 1u : 0u);
        const std::size_t last = waves - (followers ? 2 : 1);
        for (std::size_t wave = 0; wave <= last; ++wave) {
            for (const ServerId id : shape.scope) {
                const std::size_t kept = kept_wave(original[id], waves);
                wave_of[id] = id == leader               ? wave
                              : contains(shape.exposed, id) ? std::max(kept, wave + 1)
                                                            : kept;
            }
            const std::tuple<std::size_t, std::size_t, ServerId, std::size_t> cost{
                moves_needed(shape, inventory, topology, wave_of, leader),
                changes(shape.scope, wave_of, original), leader, wave};
            if (cost < best) best = cost;
        }
    }
    const auto [moves, changed, leader, wave] = best;
    for (const ServerId id : shape.scope) {
        const std::size_t kept = kept_wave(original[id], waves);
        wave_of[id] = id == leader ? wave : contains(shape.exposed, id) ? std::max(kept, wave + 1) : kept;
    }
    return leader;
}

/// A site whose exposed bridgeheads go no later than its other exposed servers: the threshold
/// wave with the fewest changes.
std::size_t place_bridgeheads_first(const SiteShape& shape, std::size_t waves,
                                    const std::vector<std::size_t>& original,
                                    std::vector<std::size_t>& wave_of) {
    const auto place = [&](std::size_t threshold) {
        for (const ServerId id : shape.scope) {
            const std::size_t kept = kept_wave(original[id], waves);
            wave_of[id] = contains(shape.bridgeheads, id) ? std::min(kept, threshold)
                          : contains(shape.exposed, id)   ? std::max(kept, threshold)
                                                          : kept;
        }
    };
    std::pair<std::size_t, std::size_t> best{kNoWave, 0};
    for (std::size_t threshold = 0; threshold < waves; ++threshold) {
        place(threshold);
        best = std::min(best, {changes(shape.scope, wave_of, original), threshold});
    }
    place(best.second);
    return best.second;
}

/// Fits the layout to --max-per-wave: leaders first, as early as they fit, then the servers
/// with the latest earliest-allowed wave first, each at its wave when it fits or the nearest
/// one allowed. False when `layout.waves` cannot hold them.
bool fit_capacity(const std::vector<SiteShape>& shapes, std::size_t per_wave, WaveLayout& layout) {
    std::vector<std::size_t> load(layout.waves, 0);
    const auto take = [&](std::size_t lo, std::size_t hi, std::size_t preferred) -> std::size_t {
        if (preferred >= lo && preferred <= hi && load[preferred] < per_wave) return preferred;
        for (std::size_t distance = 1; distance < layout.waves; ++distance) {
            if (preferred + distance <= hi && preferred + distance >= lo &&
                load[preferred + distance] < per_wave) {
                return preferred + distance;
            }
            if (preferred >= distance && preferred - distance >= lo && preferred - distance <= hi &&
                load[preferred - distance] < per_wave) {
                return preferred - distance;
            }
        }
        return kNoWave;
    };
    // Leaders (and bridgeheads that go first) with the most servers waiting on them first.
    std::vector<std::size_t> order(shapes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return shapes[a].exposed.size() > shapes[b].exposed.size();
    });
    std::vector<std::tuple<std::size_t, ServerId, std::size_t>> rest;  // lowest wave, server, wanted
    for (const std::size_t i : order) {
        const SiteShape& shape = shapes[i];
        std::size_t lowest = 0;
        if (const auto leader = layout.leader[i]) {
            const bool followers = shape.exposed.size() > (contains(shape.exposed, *leader) ? 1u : 0u);
            const std::size_t wave = take(0, layout.waves - (followers ? 2 : 1), 0);
            if (wave == kNoWave) return false;
            ++load[wave];
            layout.wave_of[*leader] = wave;
            lowest = wave + 1;
        } else if (shape.bridgeheads_first) {
            std::size_t last = 0;
            for (const ServerId id : shape.bridgeheads) {
                const std::size_t wave = take(0, layout.waves - 1, 0);
                if (wave == kNoWave) return false;
                ++load[wave];
                layout.wave_of[id] = wave;
                last = std::max(last, wave);
            }
            layout.threshold[i] = last;
            lowest = last;
        }
        for (const ServerId id : shape.scope) {
            if (id == layout.leader[i] || (shape.bridgeheads_first && contains(shape.bridgeheads, id))) {
                continue;
            }
            rest.emplace_back(contains(shape.exposed, id) ? lowest : 0, id, layout.wave_of[id]);
        }
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto& [lowest, id, wanted] : rest) {
        const std::size_t wave = take(lowest, layout.waves - 1, std::max(wanted, lowest));
        if (wave == kNoWave) return false;
        ++load[wave];
        layout.wave_of[id] = wave;
    }
    return true;
}

}  // namespace

std::size_t order_fix_wave(const SiteShape& shape, const inventory::Inventory& inventory,
                           const std::vector<std::size_t>& wave_of,
                           std::optional<ServerId> leader) {
    if (shape.stay_on_4_0.empty() || !shape.below_sp2) return kNoWave;
    std::size_t first = kNoWave;
    for (const ServerId id : shape.exposed) {
        // Exposed and not a bridgehead at its wave (the other exposed bridgeheads' roles move
        // away before it): the leader keeps its roles, and so do bridgeheads that go first.
        const bool keeps_roles = contains(shape.bridgeheads, id) &&
                                 (id == leader || shape.bridgeheads_first);
        if (keeps_roles) continue;
        const std::size_t wave = wave_of[id];
        if (wave >= first) continue;
        // Servers of the site still on 4.0 below SP2 just before that wave, itself included.
        for (const ServerId other : inventory.sites[shape.site].servers) {
            const auto& level = inventory.servers[other].level;
            const bool below = level.version == inventory::Version::v4_0 && level.service_pack < 2;
            if (below && (wave_of[other] == kNoWave || wave_of[other] >= wave)) {
                first = wave;
                break;
            }
        }
    }
    return first;
}

std::size_t moves_needed(const SiteShape& shape, const inventory::Inventory& inventory,
                         const Topology& topology, const std::vector<std::size_t>& wave_of,
                         std::optional<ServerId> leader) {
    std::size_t moves = 0;
    if (shape.needs_leader || shape.on_5_5_today) {
        for (const ServerId id : shape.bridgeheads) {
            if (id != leader) moves += topology.bridged_connectors(id).size();
        }
    }
    if (order_fix_wave(shape, inventory, wave_of, leader) != kNoWave) {
        for (const ServerId id : shape.stay_on_4_0) moves += topology.bridged_connectors(id).size();
    }
    return moves;
}

WaveLayout lay_out_waves(const inventory::Inventory& inventory, const Topology& topology,
                         const std::vector<SiteShape>& shapes,
                         const std::vector<std::size_t>& original, const LayoutLimits& limits) {
    bool leader_first = false;  // some site's leader must go before other servers of its site
    std::size_t servers = 0;
    for (const SiteShape& shape : shapes) {
        servers += shape.scope.size();
        if (shape.needs_leader && shape.exposed.size() + shape.clean.size() > 1) leader_first = true;
    }
    WaveLayout layout;
    layout.waves = std::max<std::size_t>(limits.min_waves, leader_first ? 2 : 1);
    layout.waves_without_limit = layout.waves;
    if (limits.max_per_wave > 0) {
        layout.waves = std::max(layout.waves, (servers + limits.max_per_wave - 1) / limits.max_per_wave);
    }
    for (;; ++layout.waves) {
        layout.wave_of.assign(inventory.servers.size(), kNoWave);
        layout.leader.assign(shapes.size(), std::nullopt);
        layout.threshold.assign(shapes.size(), kNoWave);
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            const SiteShape& shape = shapes[i];
            if (shape.needs_leader) {
                layout.leader[i] =
                    place_with_leader(shape, inventory, topology, layout.waves, original, layout.wave_of);
            } else if (shape.bridgeheads_first) {
                layout.threshold[i] = place_bridgeheads_first(shape, layout.waves, original, layout.wave_of);
            } else {
                for (const ServerId id : shape.scope) layout.wave_of[id] = kept_wave(original[id], layout.waves);
            }
        }
        if (limits.max_per_wave == 0 || fit_capacity(shapes, limits.max_per_wave, layout)) return layout;
    }
}

}  // namespace upgrade_risk::analyzer::plan
