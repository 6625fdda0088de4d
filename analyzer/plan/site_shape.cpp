#include "analyzer/plan/site_shape.h"

#include <algorithm>

namespace upgrade_risk::analyzer::plan {

using inventory::ServerId;
using inventory::Version;

std::vector<SiteShape> site_shapes(const inventory::Inventory& inventory, const Topology& topology,
                                   const std::vector<char>& in_scope,
                                   inventory::ProductLevel target) {
    std::vector<SiteShape> shapes;
    for (inventory::SiteId site = 0; site < inventory.sites.size(); ++site) {
        SiteShape shape;
        shape.site = site;
        for (const ServerId id : inventory.sites[site].servers) {
            const auto& server = inventory.servers[id];
            const bool bridgehead = !topology.bridged_connectors(id).empty();
            if (server.level.version == Version::v5_5) shape.on_5_5_today = true;
            if (server.level.version == Version::v4_0 && server.level.service_pack < 2) {
                shape.below_sp2 = true;
            }
            if (server.level.version >= target.version) shape.on_target.push_back(id);
            if (!in_scope[id]) {
                if (server.level.version == Version::v4_0 && bridgehead) shape.stay_on_4_0.push_back(id);
                continue;
            }
            shape.scope.push_back(id);
            if (server.level.version == Version::v4_0 && target.version != Version::v4_0) {
                shape.exposed.push_back(id);
                if (bridgehead) shape.bridgeheads.push_back(id);
            } else if (target.version == Version::v5_5 && server.level.version != Version::v5_5) {
                shape.clean.push_back(id);
            }
        }
        if (shape.scope.empty()) continue;
        shape.needs_leader = target.version == Version::v5_5 && !shape.on_5_5_today &&
                             !shape.exposed.empty();
        shape.bridgeheads_first = target.version == Version::v5_0 && !shape.on_5_5_today &&
                                  shape.below_sp2 && !shape.bridgeheads.empty();
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

std::vector<ServerId> leader_candidates(const SiteShape& shape, const Topology& topology) {
    if (!shape.clean.empty()) return shape.clean;
    if (shape.bridgeheads.empty()) return shape.exposed;
    std::size_t most = 0;
    for (const ServerId id : shape.bridgeheads) most = std::max(most, topology.bridged_connectors(id).size());
    std::vector<ServerId> best;
    for (const ServerId id : shape.bridgeheads) {
        if (topology.bridged_connectors(id).size() == most) best.push_back(id);
    }
    return best;
}

}  // namespace upgrade_risk::analyzer::plan
