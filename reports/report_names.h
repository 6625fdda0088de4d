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

/// Servers that have at least one finding of the given severity or any backout-* finding.
std::size_t servers_with(const std::vector<analyzer::Finding>& findings,
                         std::optional<analyzer::Severity> severity);

}  // namespace upgrade_risk::reports
