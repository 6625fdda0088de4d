#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::ServerId;
using inventory::Version;

/// The site's bridgeheads when `wave` runs (after its moves), each once, in connector order.
std::vector<ServerId> bridgeheads_of(const RuleContext& context, inventory::SiteId site,
                                     std::optional<std::size_t> wave) {
    std::vector<ServerId> servers;
    for (const ConnectorId id : context.topology.site_connectors(site)) {
        const auto& ends = context.inventory.replication_connectors[id].bridgeheads;
        for (std::size_t end = 0; end < ends.size(); ++end) {
            if (ends[end].site != site) continue;
            const ServerId server = context.simulation.roles().bridgehead(id, end, wave);
            if (std::find(servers.begin(), servers.end(), server) == servers.end()) {
                servers.push_back(server);
            }
        }
    }
    return servers;
}

/// A finding is about a bridgehead (its server) that goes to 5.0 or later only after the
/// judged upgrade of a non-bridgehead of its site (its evaluation).
void check(const RuleContext& context, FindingSink& sink) {
    if (!context.inventory.rollout) return;
    // Per site, the first upgrade of a non-bridgehead from 4.0 to 5.0 or later while a server of
    // the site still runs 4.0 below SP2 (Q156063 1.2: then the bridgeheads must go first).
    std::vector<const UpgradeEvaluation*> first(context.inventory.sites.size(), nullptr);
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        const auto site = context.inventory.servers[evaluation.server].site;
        if (first[site] || !evaluation.exposed() || evaluation.site_below_4_0_sp2 == 0 ||
            !context.simulation.bridged_by(evaluation).empty()) {
            continue;
        }
        first[site] = &evaluation;
    }
    const UpgradeEvaluation* evaluations = context.simulation.evaluations().data();
    for (std::size_t site = 0; site < first.size(); ++site) {
        const UpgradeEvaluation* early = first[site];
        if (!early) continue;
        for (const ServerId bridgehead : bridgeheads_of(context, site, early->wave)) {
            if (context.inventory.servers[bridgehead].level.version != Version::v4_0) continue;
            const auto reaches = context.simulation.wave_reaching(bridgehead, Version::v5_0);
            if (reaches && *reaches <= *early->wave) continue;
            Finding finding;
            finding.confidence = early->to.version == Version::v5_0 ? Confidence::documented
                                                                     : Confidence::inferred;
            finding.server = bridgehead;
            finding.site = static_cast<std::uint32_t>(site);
            finding.wave = early->wave;
            finding.evaluation = static_cast<std::uint32_t>(early - evaluations);
            finding.location = context.inventory.servers[bridgehead].source;
            finding.mitigations.push_back(Mitigation{MitigationKind::reorder_waves});
            sink.emit(std::move(finding));
        }
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const auto& waves = context.inventory.rollout->waves;
    const UpgradeEvaluation& early = context.evaluation_of(finding);
    const ServerId bridgehead = *finding.server;
    const auto reaches = context.simulation.wave_reaching(bridgehead, Version::v5_0);
    const UpgradeEvaluation* own = context.simulation.upgrade_of(bridgehead);
    const std::string& name = context.server_name(bridgehead);
    const std::string& other = context.server_name(early.server);
    const std::string& wave = waves[*early.wave].name;
    const std::string later =
        reaches ? "is upgraded only in " + waves[*reaches].name
        : own   ? "stays on 4.0 (its upgrade in " + waves[*own->wave].name + " goes to " +
                    inventory::to_string(own->to) + ")"
                : "is not in the rollout";
    const std::string& site_name = context.inventory.sites[*finding.site].name;
    const std::string from = inventory::to_string(early.from);
    const std::string to = inventory::to_string(early.to);
    FindingWords words;
    words.title = concat({"Bridgehead ", name, " ", later, ", after ", other, " of site ",
                          site_name, " goes to ", to, " in ", wave,
                          "; directory replication stops until ", name, " is upgraded."});
    if (wording == Wording::title) return words;
    words.evidence = {
        concat({other, " is not a bridgehead and goes from ", from, " to ", to, " in ", wave, "."}),
        concat({"When ", wave, " starts, site ", site_name, " has ",
                count_of(early.site_below_4_0_sp2, "server"),
                " on 4.0 below SP2, so the bridgeheads must be upgraded first."}),
        concat({name, " is a bridgehead of the site, runs ",
                inventory::to_string(context.inventory.servers[bridgehead].level), " and ", later,
                "."})};
    if (early.to.version == Version::v5_5) {
        words.evidence.emplace_back("Q156063 describes upgrades to 5.0; for 5.5 the same schema "
                                    "change applies, so this is inferred.");
    }
    words.mitigations.push_back(concat({"Upgrade ", name, " in ", wave,
                                        " or earlier, or bring every server of site ", site_name,
                                        " to 4.0 SP2 before ", wave, " (Q156063)."}));
    return words;
}

}  // namespace

namespace rules {
extern const Rule upgrade_order_bridgehead_first{
    "upgrade-order-bridgehead-first", Severity::high, "documented for a 5.0 target; inferred for 5.5",
    "A non-bridgehead upgraded before a bridgehead in a site below 4.0 SP2", {"Q156063"},
    RuleFamily::upgrade_order, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
