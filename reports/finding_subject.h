#pragma once

#include <string>
#include <string_view>

#include "analyzer/finding.h"
#include "inventory/model.h"

namespace upgrade_risk::reports {

/// The names a finding is about, as the inventory spells them; empty when not applicable.
struct FindingSubject {
    std::string_view site;
    std::string_view server;
    std::string_view wave;
};

/// Resolves a finding's site, server and wave ids to their names.
FindingSubject subject_of(const analyzer::Finding& finding, const inventory::Inventory& inventory);

/// "1 server, 150 mailboxes": what a broken bridgehead cuts off, counted in plain words.
std::string cut_off_counts(const analyzer::Impact& impact);

}  // namespace upgrade_risk::reports
