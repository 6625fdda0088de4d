#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// A group of sites that directory replication connectors join to each other.
struct DirectoryComponent {
    std::vector<inventory::SiteId> sites;  ///< In document order.
    std::uint64_t servers = 0;
    std::uint64_t mailboxes = 0;
    bool has_cycle = false;
};

/// The site graphs of an organization (directory replication and messaging) and what the
/// analysis asks of them; built once, in time linear in sites, servers and connectors.
class Topology {
public:
    /// Builds both site graphs; the only place that uses Boost.Graph.
    explicit Topology(const inventory::Inventory& inventory);

    /// The replication connectors `server` is a bridgehead of, in document order.
    std::span<const ConnectorId> bridged_connectors(inventory::ServerId server) const;

    /// The replication connectors with a bridgehead in `site`, in document order.
    std::span<const ConnectorId> site_connectors(inventory::SiteId site) const;

    /// Each cycle of the replication graph, as its connectors in path order (one per
    /// independent cycle, found by a depth-first search).
    const std::vector<std::vector<ConnectorId>>& replication_cycles() const { return cycles_; }

    /// True when some chain of messaging connectors joins the two sites.
    bool mail_route_between(inventory::SiteId a, inventory::SiteId b) const;

    /// The replication components, in order of their first site in the document.
    const std::vector<DirectoryComponent>& components() const { return components_; }

    /// Index into components() of the site's component.
    std::size_t component_of(inventory::SiteId site) const { return component_[site]; }

    /// The component that counts as "the rest of the organization": the one holding the
    /// most servers, the earliest in the document on a tie.
    std::size_t main_component() const { return main_component_; }

    /// What is cut off from the bridgehead's site when the given connectors of that site
    /// stop: the sites no longer reachable from it (counted, and up to kSitesNamed of them
    /// named), with their servers and mailboxes. In a tree, without a walk over all of them.
    Impact cut_off_by(inventory::SiteId site, std::span<const ConnectorId> stopped) const;

private:
    /// Up to kSitesNamed sites beyond the far ends, nearest first (tree components only).
    std::vector<inventory::SiteId> nearest_sites(
        std::vector<std::pair<inventory::SiteId, ConnectorId>> far_ends,
        std::span<const ConnectorId> stopped) const;
    /// Sorts the sites by name into impact.sites_cut_off.
    void name_sites(std::vector<inventory::SiteId> sites, Impact& impact) const;
    std::vector<inventory::SiteId> unreachable_by_search(inventory::SiteId site,
                                                         std::span<const ConnectorId> stopped) const;

    const inventory::Inventory& inventory_;
    // Per-site adjacency in compressed rows: the connectors of site s are
    // site_connectors_[site_offsets_[s] .. site_offsets_[s + 1]).
    std::vector<std::size_t> site_offsets_;
    std::vector<ConnectorId> site_connectors_;
    std::vector<std::size_t> server_offsets_;
    std::vector<ConnectorId> server_connectors_;
    std::vector<std::size_t> mail_component_;
    std::vector<std::size_t> component_;
    std::vector<DirectoryComponent> components_;
    std::size_t main_component_ = 0;
    std::vector<std::vector<ConnectorId>> cycles_;
    // Rooted depth-first forest of the replication graph: parent connector, preorder
    // position and subtree totals, so a cut-off set is a preorder range.
    std::vector<std::size_t> parent_connector_;
    std::vector<std::size_t> preorder_index_;
    std::vector<inventory::SiteId> preorder_;
    std::vector<std::size_t> subtree_sites_;
    // Running totals of servers and mailboxes along the preorder (one more entry than
    // sites), so a preorder range sums in constant time.
    std::vector<std::uint64_t> preorder_servers_;
    std::vector<std::uint64_t> preorder_mailboxes_;
    // Per site: its position in name order (so a cut-off list sorts as integers, not
    // strings: critical findings can each list thousands of sites) and its mailboxes.
    std::vector<std::size_t> name_rank_;
    std::vector<std::uint64_t> site_mailboxes_;
};

}  // namespace upgrade_risk::analyzer
