#pragma once

#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// The names a finding is about, as the inventory spells them; "" when not applicable.
struct FindingSubject {
    std::string_view server;
    std::string_view site;
    std::string_view wave;
};

/// Resolves a finding's server, site and wave ids to names.
FindingSubject subject_of(const analyzer::Finding& finding, const inventory::Inventory& inventory);

/// The replication connectors' names, as the inventory spells them.
std::vector<std::string_view> connector_names(const std::vector<analyzer::ConnectorId>& connectors,
                                              const inventory::Inventory& inventory);

/// The sites' names, as the inventory spells them.
std::vector<std::string_view> site_names(const std::vector<inventory::SiteId>& sites,
                                         const inventory::Inventory& inventory);

/// The id of the rule that checks the prerequisite, e.g. "prereq-directory-backup".
std::string_view prerequisite_id(const analyzer::Prerequisite& prerequisite);

/// Servers that have at least one finding of the given severity or any finding of an exposure (a backout-* rule).
std::size_t servers_with(const std::vector<analyzer::Finding>& findings,
                         std::optional<analyzer::Severity> severity);

}  // namespace upgrade_risk::reports
