#include "tests/analyzer/random_organization.h"

#include <vector>

#include "tests/analyzer/test_inventory.h"

namespace upgrade_risk::testing {
namespace {

/// SplitMix64: the same sequence on every platform.
class Draw {
public:
    explicit Draw(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
    bool percent(unsigned p) { return below(100) < p; }

private:
    std::uint64_t state_;
};

struct Level {
    const char* version;
    int sp;
};

Level draw_level(Draw& draw, OrganizationShape shape) {
    const unsigned on_4_0 = shape == OrganizationShape::below_sp2 ? 80 : 60;
    if (draw.percent(on_4_0)) {
        const int sp = shape == OrganizationShape::below_sp2 && draw.percent(70)
                           ? static_cast<int>(draw.below(2))
                           : static_cast<int>(draw.below(6));
        return {"4.0", sp};
    }
    if (draw.percent(50)) return {"5.0", static_cast<int>(draw.below(3))};
    return {"5.5", static_cast<int>(draw.below(5))};
}

}  // namespace

std::string random_inventory_xml(const OrganizationRecipe& recipe) {
    Draw draw(recipe.seed * 7919 + static_cast<std::uint64_t>(recipe.shape));
    // Sites and their servers.
    std::vector<std::vector<std::string>> sites;
    std::vector<std::vector<Level>> levels;
    for (std::size_t made = 0; made < recipe.servers;) {
        const std::size_t size = recipe.shape == OrganizationShape::small_sites && draw.percent(70)
                                     ? 1
                                     : 1 + draw.below(recipe.shape == OrganizationShape::hubs ? 8 : 5);
        sites.emplace_back();
        levels.emplace_back();
        for (std::size_t i = 0; i < size && made < recipe.servers; ++i, ++made) {
            sites.back().push_back("S" + std::to_string(made));
            levels.back().push_back(draw_level(draw, recipe.shape));
        }
        if (recipe.shape == OrganizationShape::every_site_on_5_5) levels.back().front() = {"5.5", 2};
    }
    std::string organization;
    for (std::size_t s = 0; s < sites.size(); ++s) {
        std::string servers;
        for (std::size_t i = 0; i < sites[s].size(); ++i) {
            servers += server(sites[s][i], levels[s][i].version, levels[s][i].sp,
                              static_cast<int>(10 + draw.below(500)));
        }
        organization += site("SITE" + std::to_string(s), servers);
    }
    // A replication tree over the sites that are not islands; hubs attach to few parents.
    std::string connectors;
    std::string routes;
    const std::size_t joined = sites.size() > recipe.islands ? sites.size() - recipe.islands : 1;
    for (std::size_t s = 1; s < joined; ++s) {
        const std::size_t parent = recipe.shape == OrganizationShape::hubs ? draw.below(std::min<std::size_t>(s, 3))
                                                                           : draw.below(s);
        const auto bridgehead = [&](std::size_t site) {
            // Hubs bridge everything through their first server.
            if (recipe.shape == OrganizationShape::hubs) return sites[site].front();
            return sites[site][draw.below(sites[site].size())];
        };
        const std::string a = "SITE" + std::to_string(parent);
        const std::string b = "SITE" + std::to_string(s);
        routes += mail(a, b);
        connectors += drc(a + "-" + b + " DRC", a, bridgehead(parent), b, bridgehead(s));
    }
    organization += routes + connectors;
    if (!recipe.with_rollout) return inventory_xml(organization);

    const bool to_5_0 = recipe.target_5_0;
    const std::size_t waves = 1 + draw.below(4);
    std::vector<std::string> plan(waves);
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (std::size_t i = 0; i < sites[s].size(); ++i) {
            const Level level = levels[s][i];
            const bool below = to_5_0 ? std::string(level.version) == "4.0" ||
                                            (std::string(level.version) == "5.0" && level.sp < 2)
                                      : std::string(level.version) != "5.5" || level.sp < 2;
            if (!below || draw.percent(10)) continue;  // some servers stay out of the rollout
            std::string& wave_servers = plan[draw.below(waves)];
            if (!wave_servers.empty()) wave_servers += ',';
            wave_servers += sites[s][i];
        }
    }
    std::string rollout_waves;
    for (std::size_t w = 0; w < waves; ++w) {
        if (!plan[w].empty()) rollout_waves += wave("W" + std::to_string(w + 1), plan[w]);
    }
    if (rollout_waves.empty()) return inventory_xml(organization);
    return inventory_xml(organization, std::string("<rollout target-version=\"") +
                                           (to_5_0 ? "5.0" : "5.5") + "\" target-service-pack=\"2\">" +
                                           rollout_waves + "</rollout>");
}

}  // namespace upgrade_risk::testing
