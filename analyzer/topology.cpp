#include "analyzer/topology.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/undirected_dfs.hpp>
#include <boost/property_map/property_map.hpp>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::ServerId;
using inventory::SiteId;

using SiteGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                        boost::no_property,
                                        boost::property<boost::edge_index_t, std::size_t>>;
using Edge = boost::graph_traits<SiteGraph>::edge_descriptor;

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// Records the rooted depth-first forest of the replication graph: components, preorder,
/// parent connectors, subtree sizes and one cycle per back edge.
class ForestRecorder : public boost::default_dfs_visitor {
public:
    struct State {
        std::vector<std::size_t>& component;
        std::size_t& component_count;
        std::vector<std::size_t>& parent_connector;
        std::vector<SiteId>& parent_site;
        std::vector<std::size_t>& preorder_index;
        std::vector<SiteId>& preorder;
        std::vector<std::size_t>& subtree_sites;
        std::vector<bool>& component_has_cycle;
        std::vector<std::vector<ConnectorId>>& cycles;
    };

    explicit ForestRecorder(State& state) : state_(&state) {}

    void start_vertex(SiteId, const SiteGraph&) const {
        ++state_->component_count;
        state_->component_has_cycle.push_back(false);
    }
    void discover_vertex(SiteId site, const SiteGraph&) const {
        state_->component[site] = state_->component_count - 1;
        state_->preorder_index[site] = state_->preorder.size();
        state_->preorder.push_back(site);
        state_->subtree_sites[site] = 1;
    }
    void tree_edge(Edge edge, const SiteGraph& graph) const {
        const SiteId child = boost::target(edge, graph);
        state_->parent_connector[child] = boost::get(boost::edge_index, graph, edge);
        state_->parent_site[child] = boost::source(edge, graph);
    }
    void back_edge(Edge edge, const SiteGraph& graph) const {
        // The back edge closes a cycle through the tree path from its target up to its source.
        const SiteId from = boost::source(edge, graph);
        const SiteId ancestor = boost::target(edge, graph);
        std::vector<ConnectorId> cycle;
        for (SiteId site = from; site != ancestor; site = state_->parent_site[site]) {
            cycle.push_back(state_->parent_connector[site]);
        }
        std::reverse(cycle.begin(), cycle.end());
        cycle.push_back(boost::get(boost::edge_index, graph, edge));
        state_->cycles.push_back(std::move(cycle));
        state_->component_has_cycle.back() = true;
    }
    void finish_vertex(SiteId site, const SiteGraph&) const {
        const SiteId parent = state_->parent_site[site];
        if (parent != kNone) state_->subtree_sites[parent] += state_->subtree_sites[site];
    }

private:
    State* state_;
};

/// Compressed rows: for each key, the connectors listed against it, in connector order.
void build_rows(std::size_t keys, const std::vector<std::pair<std::size_t, ConnectorId>>& pairs,
                std::vector<std::size_t>& offsets, std::vector<ConnectorId>& values) {
    offsets.assign(keys + 1, 0);
    for (const auto& [key, connector] : pairs) ++offsets[key + 1];
    for (std::size_t i = 0; i < keys; ++i) offsets[i + 1] += offsets[i];
    values.assign(pairs.size(), 0);
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto& [key, connector] : pairs) values[next[key]++] = connector;
}

}  // namespace

Topology::Topology(const inventory::Inventory& inventory) : inventory_(inventory) {
    const std::size_t site_count = inventory.sites.size();
    const auto& drcs = inventory.replication_connectors;

    std::vector<std::pair<std::size_t, ConnectorId>> by_site, by_server;
    SiteGraph replication(site_count);
    for (ConnectorId id = 0; id < drcs.size(); ++id) {
        const auto& ends = drcs[id].bridgeheads;
        boost::add_edge(ends[0].site, ends[1].site, id, replication);
        for (const auto& end : ends) {
            by_site.emplace_back(end.site, id);
            by_server.emplace_back(end.server, id);
        }
        if (ends[0].site == ends[1].site) by_site.pop_back();
        if (ends[0].server == ends[1].server) by_server.pop_back();
    }
    build_rows(site_count, by_site, site_offsets_, site_connectors_);
    build_rows(inventory.servers.size(), by_server, server_offsets_, server_connectors_);

    SiteGraph mail(site_count);
    for (const auto& connector : inventory.messaging_connectors) {
        boost::add_edge(connector.endpoints[0].site, connector.endpoints[1].site, mail);
    }
    mail_component_.assign(site_count, 0);
    if (site_count > 0) boost::connected_components(mail, mail_component_.data());

    component_.assign(site_count, kNone);
    parent_connector_.assign(site_count, kNone);
    std::vector<SiteId> parent_site(site_count, kNone);
    preorder_index_.assign(site_count, 0);
    subtree_sites_.assign(site_count, 0);
    std::size_t component_count = 0;
    std::vector<bool> has_cycle;
    ForestRecorder::State state{component_,   component_count, parent_connector_,
                                parent_site,  preorder_index_, preorder_,
                                subtree_sites_, has_cycle,     cycles_};
    std::vector<boost::default_color_type> vertex_colors(site_count);
    std::vector<boost::default_color_type> edge_colors(drcs.size());
    if (site_count > 0) {
        boost::undirected_dfs(
            replication, ForestRecorder(state),
            boost::make_iterator_property_map(vertex_colors.begin(),
                                              boost::get(boost::vertex_index, replication)),
            boost::make_iterator_property_map(edge_colors.begin(),
                                              boost::get(boost::edge_index, replication)));
    }

    components_.resize(component_count);
    site_mailboxes_.assign(site_count, 0);
    for (SiteId site = 0; site < site_count; ++site) {
        for (const ServerId server : inventory.sites[site].servers) {
            site_mailboxes_[site] += inventory.servers[server].mailboxes;
        }
        DirectoryComponent& component = components_[component_[site]];
        component.sites.push_back(site);
        component.servers += inventory.sites[site].servers.size();
        component.mailboxes += site_mailboxes_[site];
    }
    std::vector<SiteId> by_name(site_count);
    for (SiteId site = 0; site < site_count; ++site) by_name[site] = site;
    std::sort(by_name.begin(), by_name.end(), [&](SiteId a, SiteId b) {
        return name_less(inventory.sites[a].name, inventory.sites[b].name);
    });
    preorder_servers_.assign(preorder_.size() + 1, 0);
    preorder_mailboxes_.assign(preorder_.size() + 1, 0);
    for (std::size_t i = 0; i < preorder_.size(); ++i) {
        preorder_servers_[i + 1] = preorder_servers_[i] + inventory.sites[preorder_[i]].servers.size();
        preorder_mailboxes_[i + 1] = preorder_mailboxes_[i] + site_mailboxes_[preorder_[i]];
    }
    name_rank_.assign(site_count, 0);
    for (std::size_t rank = 0; rank < site_count; ++rank) name_rank_[by_name[rank]] = rank;
    for (std::size_t i = 0; i < component_count; ++i) {
        components_[i].has_cycle = has_cycle[i];
        if (components_[i].servers > components_[main_component_].servers) main_component_ = i;
    }
}

std::span<const ConnectorId> Topology::bridged_connectors(inventory::ServerId server) const {
    return {server_connectors_.data() + server_offsets_[server],
            server_offsets_[server + 1] - server_offsets_[server]};
}

std::span<const ConnectorId> Topology::site_connectors(inventory::SiteId site) const {
    return {site_connectors_.data() + site_offsets_[site],
            site_offsets_[site + 1] - site_offsets_[site]};
}

bool Topology::mail_route_between(inventory::SiteId a, inventory::SiteId b) const {
    return mail_component_[a] == mail_component_[b];
}

Impact Topology::cut_off_by(inventory::SiteId site, std::span<const ConnectorId> stopped) const {
    Impact impact;
    impact.connectors.assign(stopped.begin(), stopped.end());
    if (components_[component_[site]].has_cycle) {
        std::vector<SiteId> cut = unreachable_by_search(site, stopped);
        for (const SiteId other : cut) {
            impact.servers_cut_off += inventory_.sites[other].servers.size();
            impact.mailboxes_cut_off += site_mailboxes_[other];
        }
        impact.sites_cut_off_count = cut.size();
        if (cut.size() > kSitesNamed) {
            // The first kSitesNamed by name; name_sites puts them in order.
            std::nth_element(cut.begin(), cut.begin() + kSitesNamed, cut.end(),
                             [&](SiteId a, SiteId b) { return name_rank_[a] < name_rank_[b]; });
            cut.resize(kSitesNamed);
        }
        name_sites(std::move(cut), impact);
        return impact;
    }
    // In a tree each stopped connector of the site leads to one branch, a preorder range whose
    // totals come from prefix sums: no walk over the sites cut off.
    const auto add_range = [&](std::size_t begin, std::size_t end) {
        impact.sites_cut_off_count += end - begin;
        impact.servers_cut_off += preorder_servers_[end] - preorder_servers_[begin];
        impact.mailboxes_cut_off += preorder_mailboxes_[end] - preorder_mailboxes_[begin];
    };
    std::vector<std::pair<SiteId, ConnectorId>> far_ends;
    for (const ConnectorId id : stopped) {
        const auto& ends = inventory_.replication_connectors[id].bridgeheads;
        const SiteId other = ends[0].site == site ? ends[1].site : ends[0].site;
        if (parent_connector_[other] == id) {
            add_range(preorder_index_[other], preorder_index_[other] + subtree_sites_[other]);
        } else if (parent_connector_[site] == id) {
            const SiteId root = components_[component_[site]].sites.front();
            add_range(preorder_index_[root], preorder_index_[site]);
            add_range(preorder_index_[site] + subtree_sites_[site],
                      preorder_index_[root] + subtree_sites_[root]);
        } else {
            continue;
        }
        far_ends.emplace_back(other, id);
    }
    name_sites(nearest_sites(std::move(far_ends), stopped), impact);
    return impact;
}

std::vector<inventory::SiteId> Topology::nearest_sites(
    std::vector<std::pair<inventory::SiteId, ConnectorId>> far_ends,
    std::span<const ConnectorId> stopped) const {
    // Breadth first from the far ends, in a tree: never back along the connector a site was
    // reached by, never across a stopped one, and no further than kSitesNamed sites.
    if (far_ends.size() > kSitesNamed) far_ends.resize(kSitesNamed);
    for (std::size_t head = 0; head < far_ends.size() && far_ends.size() < kSitesNamed; ++head) {
        const auto [current, reached_by] = far_ends[head];
        for (const ConnectorId id : site_connectors(current)) {
            if (id == reached_by || std::find(stopped.begin(), stopped.end(), id) != stopped.end()) {
                continue;
            }
            const auto& ends = inventory_.replication_connectors[id].bridgeheads;
            far_ends.emplace_back(ends[0].site == current ? ends[1].site : ends[0].site, id);
            if (far_ends.size() == kSitesNamed) break;
        }
    }
    std::vector<SiteId> sites;
    sites.reserve(far_ends.size());
    for (const auto& [other, connector] : far_ends) sites.push_back(other);
    return sites;
}

std::vector<inventory::SiteId> Topology::unreachable_by_search(
    inventory::SiteId site, std::span<const ConnectorId> stopped) const {
    std::vector<bool> blocked(inventory_.replication_connectors.size(), false);
    for (const ConnectorId id : stopped) blocked[id] = true;
    std::vector<bool> reached(inventory_.sites.size(), false);
    std::vector<SiteId> stack{site};
    reached[site] = true;
    while (!stack.empty()) {
        const SiteId current = stack.back();
        stack.pop_back();
        for (const ConnectorId id : site_connectors(current)) {
            if (blocked[id]) continue;
            const auto& ends = inventory_.replication_connectors[id].bridgeheads;
            const SiteId next = ends[0].site == current ? ends[1].site : ends[0].site;
            if (!reached[next]) {
                reached[next] = true;
                stack.push_back(next);
            }
        }
    }
    std::vector<SiteId> cut;
    for (const SiteId other : components_[component_[site]].sites) {
        if (!reached[other]) cut.push_back(other);
    }
    return cut;
}

void Topology::name_sites(std::vector<inventory::SiteId> sites, Impact& impact) const {
    std::sort(sites.begin(), sites.end(),
              [&](SiteId a, SiteId b) { return name_rank_[a] < name_rank_[b]; });
    impact.sites_cut_off = std::move(sites);
}

}  // namespace upgrade_risk::analyzer
