#include "analyzer/simulation.h"

#include <algorithm>

namespace upgrade_risk::analyzer {

using inventory::ProductLevel;
using inventory::ServerId;
using inventory::SiteId;
using inventory::Version;

namespace {

bool below_4_0_sp2(const ProductLevel& level) {
    return level.version == Version::v4_0 && level.service_pack < 2;
}

}  // namespace

bool UpgradeEvaluation::exposed() const {
    return from.version == Version::v4_0 && to.version != Version::v4_0;
}

Confidence UpgradeEvaluation::confidence() const {
    return to.version == Version::v5_5 ? Confidence::documented : Confidence::inferred;
}

RolloutSimulation::RolloutSimulation(const inventory::Inventory& inventory,
                                     const Topology& topology)
    : roles_(inventory, topology) {
    const std::size_t site_count = inventory.sites.size();
    today_on_5_5_.assign(site_count, 0);
    reaches_5_0_.assign(inventory.servers.size(), kNever);
    reaches_5_5_.assign(inventory.servers.size(), kNever);
    for (const auto& server : inventory.servers) {
        if (server.level.version == Version::v5_5) ++today_on_5_5_[server.site];
    }
    if (inventory.rollout) {
        simulate_waves(inventory);
    } else {
        evaluate_today(inventory);
    }
    group_on_5_5(inventory);
    group_on_5_0(inventory);
}

void RolloutSimulation::group_on_5_5(const inventory::Inventory& inventory) {
    // Group the servers on 5.5 by site, keeping the order in which they get there.
    const std::size_t site_count = inventory.sites.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> moments;
    const auto id32 = [](ServerId id) { return static_cast<std::uint32_t>(id); };
    for (ServerId id = 0; id < inventory.servers.size(); ++id) {
        if (inventory.servers[id].level.version == Version::v5_5) moments.emplace_back(0, id32(id));
    }
    for (ServerId id = 0; id < inventory.servers.size(); ++id) {
        if (reaches_5_5_[id] != kNever) moments.emplace_back(reaches_5_5_[id] + 1, id32(id));
    }
    std::stable_sort(moments.begin(), moments.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    on_5_5_offsets_.assign(site_count + 1, 0);
    for (const auto& [moment, server] : moments) ++on_5_5_offsets_[inventory.servers[server].site + 1];
    for (std::size_t i = 0; i < site_count; ++i) on_5_5_offsets_[i + 1] += on_5_5_offsets_[i];
    on_5_5_.resize(moments.size());
    std::vector<std::size_t> next(on_5_5_offsets_.begin(), on_5_5_offsets_.end() - 1);
    for (const auto& entry : moments) on_5_5_[next[inventory.servers[entry.second].site]++] = entry;
}

void RolloutSimulation::group_on_5_0(const inventory::Inventory& inventory) {
    on_5_0_offsets_.assign(inventory.sites.size() + 1, 0);
    for (SiteId site = 0; site < inventory.sites.size(); ++site) {
        for (const ServerId id : inventory.sites[site].servers) {
            const Version today = inventory.servers[id].level.version;
            const UpgradeEvaluation* upgrade = upgrade_of(id);
            // The moment its level changes (level_after()); an upgrade without a wave never does.
            const bool changes = upgrade && upgrade->wave;
            const Version later = changes ? upgrade->to.version : today;
            const std::uint32_t change = changes ? *upgrade->wave + 1 : kNever;
            const auto server = static_cast<std::uint32_t>(id);
            if (today == Version::v5_0) {  // until its wave has run, if it leaves 5.0 then
                on_5_0_.push_back({server, 0, later == Version::v5_0 ? kNever : change});
            } else if (later == Version::v5_0) {  // from its wave on
                on_5_0_.push_back({server, change, kNever});
            }
        }
        on_5_0_offsets_[site + 1] = on_5_0_.size();
    }
}

void RolloutSimulation::evaluate_today(const inventory::Inventory& inventory) {
    std::vector<std::uint32_t> below_sp2(inventory.sites.size(), 0);
    for (const auto& server : inventory.servers) {
        if (below_4_0_sp2(server.level)) ++below_sp2[server.site];
    }
    evaluations_.reserve(inventory.servers.size());
    planned_.assign(inventory.servers.size(), kNever);
    for (ServerId id = 0; id < inventory.servers.size(); ++id) {
        const auto& server = inventory.servers[id];
        if (server.level.version == Version::v5_5) continue;
        planned_[id] = static_cast<std::uint32_t>(evaluations_.size());
        UpgradeEvaluation evaluation;
        evaluation.server = id;
        evaluation.from = server.level;
        evaluation.to = ProductLevel{Version::v5_5, 0};
        evaluation.peers_on_5_5 = today_on_5_5_[server.site];
        evaluation.peers_before_wave = evaluation.peers_on_5_5;
        evaluation.site_below_4_0_sp2 = below_sp2[server.site];
        evaluations_.push_back(evaluation);
    }
}

void RolloutSimulation::simulate_waves(const inventory::Inventory& inventory) {
    std::vector<ProductLevel> level(inventory.servers.size());
    for (ServerId id = 0; id < inventory.servers.size(); ++id) level[id] = inventory.servers[id].level;
    std::vector<std::uint32_t> on_5_5 = today_on_5_5_;
    std::vector<std::uint32_t> below_sp2(inventory.sites.size(), 0);
    for (const auto& server : inventory.servers) {
        if (below_4_0_sp2(server.level)) ++below_sp2[server.site];
    }

    const auto& waves = inventory.rollout->waves;
    std::size_t upgrades = 0;
    for (const auto& wave : waves) upgrades += wave.upgrades.size();
    evaluations_.reserve(upgrades);
    planned_.assign(inventory.servers.size(), kNever);
    for (std::uint32_t w = 0; w < waves.size(); ++w) {
        const std::size_t first = evaluations_.size();
        // Record each upgrade's starting point before any of the wave is applied.
        for (const auto& upgrade : waves[w].upgrades) {
            UpgradeEvaluation evaluation;
            evaluation.server = upgrade.server;
            evaluation.wave = w;
            evaluation.from = level[upgrade.server];
            evaluation.to = upgrade.to;
            evaluation.upgrade_source = upgrade.source;
            const SiteId site = inventory.servers[upgrade.server].site;
            evaluation.site_below_4_0_sp2 = below_sp2[site];
            const bool self = level[upgrade.server].version == Version::v5_5;
            evaluation.peers_before_wave = on_5_5[site] - (self ? 1u : 0u);
            planned_[upgrade.server] = static_cast<std::uint32_t>(evaluations_.size());
            evaluations_.push_back(evaluation);
        }
        // Apply the whole wave: same-wave servers may finish in any order (worst case).
        for (const auto& upgrade : waves[w].upgrades) {
            const ServerId id = upgrade.server;
            const SiteId site = inventory.servers[id].site;
            ProductLevel& current = level[id];
            if (current.version == Version::v5_5) --on_5_5[site];
            if (below_4_0_sp2(current)) --below_sp2[site];
            current = upgrade.to;
            if (current.version == Version::v5_5) ++on_5_5[site];
            if (below_4_0_sp2(current)) ++below_sp2[site];
            const Version today = inventory.servers[id].level.version;
            if (current.version != Version::v4_0 && today == Version::v4_0 &&
                reaches_5_0_[id] == kNever) {
                reaches_5_0_[id] = w;
            }
            if (current.version == Version::v5_5 && today != Version::v5_5 &&
                reaches_5_5_[id] == kNever) {
                reaches_5_5_[id] = w;
            }
        }
        for (std::size_t i = first; i < evaluations_.size(); ++i) {
            UpgradeEvaluation& evaluation = evaluations_[i];
            const SiteId site = inventory.servers[evaluation.server].site;
            const bool self = level[evaluation.server].version == Version::v5_5;
            evaluation.peers_on_5_5 = on_5_5[site] - (self ? 1u : 0u);
        }
    }
}

std::vector<inventory::ServerId> RolloutSimulation::servers_on_5_5(
    inventory::SiteId site, std::optional<std::size_t> wave, inventory::ServerId except,
    bool same_wave, std::size_t limit) const {
    const std::size_t last_moment = !wave ? 0 : same_wave ? *wave + 1 : *wave;
    std::vector<ServerId> servers;
    for (std::size_t i = on_5_5_offsets_[site]; i < on_5_5_offsets_[site + 1]; ++i) {
        const auto& [moment, server] = on_5_5_[i];
        if (moment > last_moment || servers.size() == limit) break;
        if (server != except) servers.push_back(server);
    }
    return servers;
}

std::optional<std::size_t> RolloutSimulation::wave_reaching(inventory::ServerId server,
                                                            inventory::Version version) const {
    const std::uint32_t wave =
        version == Version::v5_5 ? reaches_5_5_[server] : reaches_5_0_[server];
    if (wave == kNever) return std::nullopt;
    return wave;
}

inventory::ProductLevel RolloutSimulation::level_after(const inventory::Inventory& inventory,
                                                      inventory::ServerId server, std::size_t wave) const {
    const UpgradeEvaluation* upgrade = upgrade_of(server);
    if (upgrade && upgrade->wave && *upgrade->wave <= wave) return upgrade->to;
    return inventory.servers[server].level;
}

const UpgradeEvaluation* RolloutSimulation::upgrade_of(inventory::ServerId server) const {
    if (planned_[server] == kNever) return nullptr;
    return &evaluations_[planned_[server]];
}

}  // namespace upgrade_risk::analyzer
