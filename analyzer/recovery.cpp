#include "analyzer/recovery.h"

#include <algorithm>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::ServerId;
using inventory::SiteId;
using inventory::Version;

/// The server's site, then each site a replication connector joins to it (Q164564: 5.0's schema
/// reaches them all), each once.
std::vector<SiteId> site_and_neighbours(const RuleContext& context, SiteId site) {
    std::vector<SiteId> sites = {site};
    for (const ConnectorId id : context.topology.site_connectors(site)) {
        for (const auto& end : context.inventory.replication_connectors[id].bridgeheads) {
            if (std::find(sites.begin(), sites.end(), end.site) == sites.end()) sites.push_back(end.site);
        }
    }
    return sites;
}

void find_servers_on_5_0(const RuleContext& context, const UpgradeEvaluation& evaluation,
                         RecoveryFacts& facts) {
    for (const SiteId site : site_and_neighbours(context, context.inventory.servers[evaluation.server].site)) {
        // A server that reaches 5.0 in the evaluation's very wave counts, and one that leaves 5.0
        // for 5.5 in it still does: either may be on 5.0 while the failed server is reinstalled,
        // and asking for the updated Setup.exe is the safe side.
        context.simulation.for_each_on_5_0(site, evaluation.wave, [&](ServerId server) {
            if (server == evaluation.server) return;
            if (facts.servers_on_5_0.size() < RecoveryFacts::kNamedAtMost)
                facts.servers_on_5_0.push_back(server);
            ++facts.servers_on_5_0_count;
        });
    }
    for (const inventory::Kit& kit : context.inventory.kits) {
        if (kit.level.version == Version::v5_0) {
            facts.kit_5_0 = &kit;
            break;
        }
    }
}

}  // namespace

std::string servers_on_5_0_text(const RuleContext& context, const RecoveryFacts& facts) {
    std::vector<std::string> names;
    for (const ServerId server : facts.servers_on_5_0) {
        names.push_back(concat({context.server_name(server), " (site ", context.site_name_of(server), ")"}));
    }
    if (facts.servers_on_5_0_count > names.size()) {
        names.push_back(count_of(facts.servers_on_5_0_count - names.size(), "more server"));
    }
    return join_names(names) + (facts.servers_on_5_0_count == 1 ? " runs" : " run");
}

namespace {

std::string updated_setup_words(const RuleContext& context, const RecoveryFacts& facts) {
    if (facts.servers_on_5_0_count == 0) return {};
    const std::string kit =
        facts.kit_5_0 ? concat({"the 5.0 kit at ", facts.kit_5_0->location.empty()
                                                       ? std::string("(location not recorded)")
                                                       : facts.kit_5_0->location, " has it"})
                      : std::string("no 5.0 kit is listed in the inventory: obtain the 5.0 CD before the upgrade");
    return concat({"Reinstall 4.0 with the updated Setup.exe of the Exchange 5.0 CD, not the 4.0 CD's own: ",
                   servers_on_5_0_text(context, facts), " 5.0 in this site or one it replicates with, and 5.0's directory schema breaks the "
                   "older Setup. Copy the 4.0 CD's Setup\\<platform> folder (I386 on Intel) to a blank "
                   "folder, copy Support\\Exch40\\<platform>\\Setup.exe from the 5.0 CD over its "
                   "Setup.exe, and run that; ",
                   kit,
                   " (Q164564; it describes joining a site, so for this reinstall into a new site of "
                   "the same name it is inferred)."});
}

std::string backsync_words(const RuleContext& context, const UpgradeEvaluation& evaluation,
                           const RecoveryFacts& facts) {
    const std::string& server = context.server_name(evaluation.server);
    std::string words = concat(
        {"After the restore, ", server, "'s directory backsyncs with its replication partners and can "
         "refuse directory changes for up to 16 hours (\"The directory is busy\", DS_E_BUSY, event 1173): "
         "make no directory change on ", server, " until it ends, and size the change window for the "
         "recovery plus 16 hours (Q160850)."});
    if (!facts.never_scheduled.empty()) {
        words += concat({" ", context.connector_names(facts.never_scheduled),
                         facts.never_scheduled.size() == 1 ? " is" : " are",
                         " scheduled Never, which makes the full 16 hours likely: set ",
                         facts.never_scheduled.size() == 1 ? "it" : "them",
                         " to Always before the restore."});
    }
    if (facts.next_wave_inside_backsync) {
        const auto& waves = context.inventory.rollout->waves;
        const std::size_t next = *facts.next_wave_inside_backsync;
        const std::size_t wave = *evaluation.wave;
        words += concat({" ", waves[next].name, " starts ",
                         hours_text(waves[next].start->epoch_seconds - waves[wave].start->epoch_seconds),
                         " after ", waves[wave].name, ", inside those 16 hours: a recovery in ",
                         waves[wave].name, " would still be refusing changes when it begins."});
    }
    return words;
}

}  // namespace

RecoveryFacts recovery_facts(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    RecoveryFacts facts;
    for (const ConnectorId id : context.simulation.bridged_by(evaluation)) {
        if (context.inventory.replication_connectors[id].schedule == inventory::ReplicationSchedule::never) {
            facts.never_scheduled.push_back(id);
        }
    }
    if (evaluation.wave) {
        const auto& waves = context.inventory.rollout->waves;
        const std::size_t next = *evaluation.wave + 1;
        if (next < waves.size() && waves[*evaluation.wave].start && waves[next].start) {
            // Starts that go backwards are warned about when the inventory is read.
            const std::int64_t gap = waves[next].start->epoch_seconds - waves[*evaluation.wave].start->epoch_seconds;
            if (gap >= 0 && gap < kBacksyncSeconds) facts.next_wave_inside_backsync = next;
        }
    }
    if (context.inventory.servers[evaluation.server].level.version == Version::v4_0) {
        find_servers_on_5_0(context, evaluation, facts);
    }
    return facts;
}

RecoverySteps recovery_steps(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const RecoveryFacts facts = recovery_facts(context, evaluation);
    const std::string& server = context.server_name(evaluation.server);
    const std::string& site = context.site_name_of(evaluation.server);
    RecoverySteps steps;
    steps.keep_in_site = concat(
        {"Do not delete ", server, " from site ", site,
         " in the Exchange Administrator program, not even to start afresh: the site's other servers "
         "would drop it from the servers they replicate with, and would not replicate with it once it "
         "is restored (Q196406)."});
    steps.updated_setup = updated_setup_words(context, facts);
    steps.backsync = backsync_words(context, evaluation, facts);
    return steps;
}

}  // namespace upgrade_risk::analyzer
