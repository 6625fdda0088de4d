// plan_rollout: the scope, the layout of waves (wave_layout.cpp), the moves and the decisions.
#include <algorithm>
#include <stdexcept>

#include "analyzer/names.h"
#include "analyzer/plan/rollout_plan.h"
#include "analyzer/plan/site_shape.h"
#include "analyzer/plan/wave_layout.h"
#include "analyzer/topology.h"

namespace upgrade_risk::analyzer::plan {
namespace {

using inventory::ServerId;
using inventory::Version;

struct Planning {
    const inventory::Inventory& inventory;
    const Topology& topology;
    inventory::ProductLevel target;
    const WaveLayout& layout;
    RolloutPlan& plan;
    std::vector<std::string> wave_names;  ///< Per layout wave.

    const std::string& name(ServerId id) const { return inventory.servers[id].name; }
    const std::string& site_name(const SiteShape& shape) const { return inventory.sites[shape.site].name; }

    /// Moves every role `from` holds in its site to `to` before wave `wave`.
    void move_roles(const SiteShape& shape, ServerId from, ServerId to, std::size_t wave,
                    const std::string& why) {
        for (const ConnectorId id : topology.bridged_connectors(from)) {
            const auto& ends = inventory.replication_connectors[id].bridgeheads;
            const std::size_t end = ends[0].server == from ? 0 : 1;
            plan.waves[wave].moves.push_back(PlannedMove{id, end, from, to});
            plan.decisions.push_back(concat({site_name(shape), ": move ",
                                             inventory.replication_connectors[id].name, " from ",
                                             name(from), " to ", name(to), " before ",
                                             wave_names[wave], ": ", why}));
        }
    }

    /// Where a role can go before `wave`: a server on the target version by then, else one
    /// upgraded in that wave (the leader first).
    ServerId receiver(const SiteShape& shape, std::size_t wave, std::optional<ServerId> leader) const {
        if (!shape.on_target.empty()) return shape.on_target.front();
        if (leader && layout.wave_of[*leader] < wave) return *leader;
        for (const ServerId id : shape.scope) {
            if (layout.wave_of[id] < wave) return id;
        }
        if (leader) return *leader;
        for (const ServerId id : shape.scope) {
            if (layout.wave_of[id] == wave) return id;
        }
        return shape.scope.front();
    }

    std::string runs_target_phrase(ServerId id, std::size_t wave) const {
        const std::string target_version(inventory::to_string(target.version));
        if (inventory.servers[id].level.version >= target.version) {
            return concat({name(id), " already runs ", target_version});
        }
        if (layout.wave_of[id] < wave) {
            return concat({name(id), " runs ", target_version, " after ", wave_names[layout.wave_of[id]]});
        }
        return concat({name(id), " goes to ", target_version, " in that wave, as the site's first"});
    }

    void plan_site(const SiteShape& shape, std::size_t index) {
        const auto leader = layout.leader[index];
        const std::string& site = site_name(shape);
        if (leader) describe_leader(shape, *leader);
        if (shape.bridgeheads_first) {
            plan.decisions.push_back(concat(
                {site, ": bridgehead", shape.bridgeheads.size() == 1 ? " " : "s ",
                 join_names_of(shape.bridgeheads, [&](ServerId id) -> const std::string& { return name(id); }),
                 " go no later than ", wave_names[layout.threshold[index]],
                 ", before the site's other 4.0 servers: ", site,
                 " has servers below 4.0 SP2 (Q156063)"}));
        }
        // Exposed bridgeheads other than the leader give their roles away before the first
        // of them goes (Q195908: else each is critical).
        if (shape.needs_leader || shape.on_5_5_today) {
            std::size_t first = kNoWave;
            for (const ServerId id : shape.exposed) {
                if (id != leader) first = std::min(first, layout.wave_of[id]);
            }
            const ServerId to = shape.on_5_5_today ? shape.on_target.front() : leader.value_or(0);
            for (const ServerId id : shape.bridgeheads) {
                if (id == leader) continue;
                move_roles(shape, id, to, first, runs_target_phrase(to, first));
            }
        }
        const std::size_t order_wave = order_fix_wave(shape, inventory, layout.wave_of, leader);
        if (order_wave == kNoWave) return;
        const ServerId to = receiver(shape, order_wave, leader);
        for (const ServerId id : shape.stay_on_4_0) {
            move_roles(shape, id, to, order_wave,
                       concat({name(id), " stays on 4.0 and ", site,
                               " has servers below 4.0 SP2, so its bridgeheads must be upgraded "
                               "before its other servers (Q156063); ",
                               runs_target_phrase(to, order_wave)}));
        }
    }

    void describe_leader(const SiteShape& shape, ServerId leader) {
        const std::string& site = site_name(shape);
        const std::string& wave = wave_names[layout.wave_of[leader]];
        if (inventory.servers[leader].level.version != Version::v4_0) {
            plan.decisions.push_back(concat(
                {site, ": ", name(leader), " (", inventory::to_string(inventory.servers[leader].level),
                 ") first, in ", wave, ", before the site's 4.0 servers: no ", site,
                 " server runs 5.5 yet, and ", name(leader),
                 " is not exposed, so once it runs 5.5 no backout in ", site,
                 " blocks user creation"}));
            return;
        }
        const std::size_t roles = topology.bridged_connectors(leader).size();
        plan.decisions.push_back(concat(
            {site, ": ", name(leader), " first and alone in ", wave, ": no ", site,
             " server runs 5.5 yet, so the first to go carries the blocked-user-creation risk "
             "(high: the floor)",
             roles == 0 ? "" : concat({"; ", name(leader), " is the bridgehead of ",
                                       count_of(roles, "connector"), ", which need not move"})}));
    }
};

std::string wave_name(std::size_t index, const std::vector<std::string>& taken) {
    std::string name = "Wave " + std::to_string(index + 1);
    while (std::find(taken.begin(), taken.end(), name) != taken.end()) name = "Added " + name;
    return name;
}

/// The rollout's waves' names and starts where they are kept, new ones after them.
void name_waves(const inventory::Inventory& inventory, const PlanOptions& options,
                std::size_t count, RolloutPlan& plan, std::vector<std::string>& names) {
    const bool keep = options.keep_waves;
    const auto& existing = keep ? inventory.rollout->waves : std::vector<inventory::Wave>{};
    std::vector<std::string> taken;
    for (const auto& wave : existing) taken.push_back(wave.name);
    std::optional<std::int64_t> next;
    if (options.start) next = options.start->epoch_seconds;
    else if (inventory.rollout && !inventory.rollout->waves.empty() && !keep &&
             inventory.rollout->waves.front().start) {
        next = inventory.rollout->waves.front().start->epoch_seconds;
    }
    for (std::size_t i = 0; i < count; ++i) {
        PlannedWave& wave = plan.waves[i];
        if (i < existing.size()) {
            wave.name = existing[i].name;
            wave.start = existing[i].start;
            if (wave.start && !options.start) next = wave.start->epoch_seconds + options.spacing_seconds;
        } else {
            wave.name = wave_name(i, taken);
            if (next) {
                wave.start = inventory::Timestamp{inventory::format_utc(*next), *next};
                *next += options.spacing_seconds;
            }
        }
        names.push_back(wave.name);
    }
}

}  // namespace

inventory::ProductLevel default_plan_target() {
    return {Version::v5_5, inventory::max_service_pack(Version::v5_5)};
}

RolloutPlan plan_rollout(const inventory::Inventory& inventory, const PlanOptions& options) {
    if (inventory.rollout && options.target) {
        throw std::invalid_argument(
            "--target is for an inventory without a rollout; this one has a rollout to " +
            inventory::to_string(inventory.rollout->target) +
            ", which the plan keeps: drop --target, or change the rollout's target-version");
    }
    if (options.keep_waves && !inventory.rollout) {
        throw std::invalid_argument("--keep-waves reuses the rollout's waves, but " + inventory.path +
                                    " has no <rollout>; drop --keep-waves");
    }
    RolloutPlan plan;
    plan.target = inventory.rollout ? inventory.rollout->target : options.target.value_or(default_plan_target());
    const Topology topology(inventory);

    // The scope and where the rollout put each server.
    std::vector<char> in_scope(inventory.servers.size(), 0);
    std::vector<std::size_t> original(inventory.servers.size(), kNoWave);
    std::vector<std::size_t> rank(inventory.servers.size(), 0);  // order within the rollout
    if (inventory.rollout) {
        std::size_t next = 0;
        const auto& waves = inventory.rollout->waves;
        for (std::size_t w = 0; w < waves.size(); ++w) {
            for (const auto& upgrade : waves[w].upgrades) {
                rank[upgrade.server] = next++;
                if (inventory.servers[upgrade.server].level >= plan.target) {
                    plan.decisions.push_back(concat(
                        {inventory.servers[upgrade.server].name, ": left out, it already runs ",
                         inventory::to_string(inventory.servers[upgrade.server].level),
                         ", the rollout's target or later"}));
                    continue;
                }
                in_scope[upgrade.server] = 1;
                original[upgrade.server] = w;
            }
        }
    } else {
        for (ServerId id = 0; id < inventory.servers.size(); ++id) {
            rank[id] = id;
            in_scope[id] = inventory.servers[id].level < plan.target ? 1 : 0;
        }
    }

    const std::vector<SiteShape> shapes = site_shapes(inventory, topology, in_scope, plan.target);
    LayoutLimits limits;
    limits.max_per_wave = options.max_per_wave;
    if (options.keep_waves) limits.min_waves = inventory.rollout->waves.size();
    const WaveLayout layout = lay_out_waves(inventory, topology, shapes, original, limits);

    plan.waves.resize(layout.waves);
    std::vector<std::string> names;
    name_waves(inventory, options, layout.waves, plan, names);
    Planning planning{inventory, topology, plan.target, layout, plan, names};
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        const SiteShape& shape = shapes[i];
        plan.servers += shape.scope.size();
        for (const ServerId id : shape.scope) plan.waves[layout.wave_of[id]].upgrades.push_back(id);
        if (shape.needs_leader && shape.clean.empty()) {
            ++plan.high_floor;
            plan.floor_sites.push_back(shape.site);
        } else if (plan.target.version == Version::v5_0 && !shape.on_5_5_today) {
            plan.high_floor += shape.exposed.size();
            if (!shape.exposed.empty()) plan.floor_sites.push_back(shape.site);
        }
        planning.plan_site(shape, i);
    }
    for (PlannedWave& wave : plan.waves) {
        std::sort(wave.upgrades.begin(), wave.upgrades.end(),
                  [&](ServerId a, ServerId b) { return rank[a] < rank[b]; });
    }
    if (layout.waves > layout.waves_without_limit) {
        plan.limits.push_back(concat({"--max-per-wave ", std::to_string(options.max_per_wave), ": ",
                                      count_of(layout.waves, "wave"), " instead of ",
                                      std::to_string(layout.waves_without_limit)}));
    }
    // A kept wave left without upgrades goes (a wave holds at least one).
    const auto empty = std::remove_if(plan.waves.begin(), plan.waves.end(), [&](const PlannedWave& wave) {
        if (!wave.upgrades.empty()) return false;
        plan.decisions.push_back(concat({wave.name, ": left out, every server it upgraded goes in another wave"}));
        return true;
    });
    plan.waves.erase(empty, plan.waves.end());
    return plan;
}

}  // namespace upgrade_risk::analyzer::plan
