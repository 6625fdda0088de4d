#include "reports/finding_subject.h"

namespace upgrade_risk::reports {

FindingSubject subject_of(const analyzer::Finding& finding, const inventory::Inventory& inventory) {
    FindingSubject subject;
    if (finding.site) subject.site = inventory.sites[*finding.site].name;
    if (finding.server) subject.server = inventory.servers[*finding.server].name;
    if (finding.wave && inventory.rollout) subject.wave = inventory.rollout->waves[*finding.wave].name;
    return subject;
}

std::string cut_off_counts(const analyzer::Impact& impact) {
    const auto counted = [](std::uint64_t n, std::string_view one, std::string_view many) {
        return std::to_string(n) + " " + std::string(n == 1 ? one : many);
    };
    return counted(impact.servers_cut_off, "server", "servers") + ", " +
           counted(impact.mailboxes_cut_off, "mailbox", "mailboxes");
}

}  // namespace upgrade_risk::reports
