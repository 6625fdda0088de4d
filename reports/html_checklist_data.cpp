#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/recovery.h"
#include "analyzer/rule.h"
#include "reports/html_data.h"
#include "reports/rollout_moves.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using inventory::Inventory;
using inventory::ServerId;
using list = HtmlList;
using object = HtmlObject;

namespace {

/// Up to this many servers in the whole checklist, each gets its own list of boxes. Above it
/// only the servers with a critical or high finding do, and the others share one table per
/// wave, a row each: a printed checklist of thousands of lists helps nobody.
constexpr std::size_t kFullChecklistsAtMost = 40;
/// Above this many servers in the whole checklist, each wave's starts folded: a browser lays
/// out only what is open, and a checklist of tens of thousands of rows kept the page blank.
constexpr std::size_t kOpenChecklistAtMost = 1000;

/// The kit the prerequisite rule of `kind` would choose for the server's upgrade, or nullptr.
const inventory::Kit* recovery_kit(const analyzer::RuleContext& context, ServerId id,
                                   analyzer::PrerequisiteKind kind) {
    const analyzer::UpgradeEvaluation* evaluation = context.simulation.upgrade_of(id);
    if (!evaluation) return nullptr;
    return analyzer::rule_of(kind).prerequisite->evaluate(context, *evaluation).kit;
}

/// What a restore of the server's directory meets (analyzer/recovery.h), as boxes to tick.
void recovery_items(const analyzer::RuleContext& context, const analyzer::UpgradeEvaluation& evaluation,
                    std::vector<std::string>& items) {
    using analyzer::concat;
    const analyzer::RecoveryFacts facts = analyzer::recovery_facts(context, evaluation);
    const std::string& name = context.server_name(evaluation.server);
    items.push_back(concat({"Everyone knows: if the upgrade fails, ", name,
                            " is not deleted from site ", context.site_name_of(evaluation.server),
                            " in the Administrator program (Q196406)"}));
    std::string backsync = concat({"The change window allows 16 hours after a restore of ", name,
                                   "'s directory, while it may refuse changes (Q160850)"});
    if (!facts.never_scheduled.empty()) {
        backsync += concat({"; ", context.connector_names(facts.never_scheduled),
                            " set from Never to Always first"});
    }
    items.push_back(std::move(backsync));
    if (facts.servers_on_5_0_count > 0) {
        const std::string_view kit_at = !facts.kit_5_0 ? ", none listed"
                                        : facts.kit_5_0->location.empty()
                                            ? " (its kit's location not recorded)"
                                            : " at ";
        const std::string_view location =
            facts.kit_5_0 ? std::string_view(facts.kit_5_0->location) : "";
        items.push_back(concat(
            {"For a 4.0 reinstall, the updated Setup.exe from the 5.0 CD (Support\\Exch40)", kit_at,
             location, ": ", analyzer::servers_on_5_0_text(context, facts), " 5.0 (Q164564)"}));
    }
}

/// The boxes of one server's upgrade, each made in place (an initializer list of strings would
/// copy each of them again, for every server with a critical or high finding).
std::vector<std::string> checklist_items(const analyzer::RuleContext& context, ServerId id,
                                         const std::string& when, const std::string& max_age) {
    using analyzer::concat;
    const Inventory& inventory = context.inventory;
    const auto& server = inventory.servers[id];
    const auto& site = inventory.sites[server.site];
    const std::string level = inventory::to_string(server.level);
    std::vector<std::string> items;
    items.reserve(10);
    items.push_back(concat({"Service account and its password for site ", site.name,
                            " at hand and tested (Q169114)"}));
    items.push_back(concat({"Organization and site names written down exactly, case included: ",
                            inventory.organization.name, " / ", site.name, " (Q162353)"}));
    items.push_back(concat({"Offline backup of ", server.name, "'s directory (Dir.edb) taken at ",
                            level, ", no more than ", max_age, " before ", when}));
    items.emplace_back("That backup restored once on a test server, successfully");
    const auto* kit = recovery_kit(context, id, analyzer::PrerequisiteKind::install_kit);
    items.push_back(
        kit ? concat({"Install kit ", level, " at hand: ", kit->location})
            : concat({"Install kit ", level, " at hand (none listed in the inventory)"}));
    // Authrest.exe is a step of the Q195908 recovery of a 4.0 server; 5.0 and 5.5 need none.
    if (server.level.version == inventory::Version::v4_0) {
        const auto* authrest = recovery_kit(context, id, analyzer::PrerequisiteKind::authrest_kit);
        items.push_back(
            authrest ? concat({"Authrest.exe at hand, from the 4.0 kit at ", authrest->location})
                     : std::string("Authrest.exe at hand (no 4.0 kit with it is listed)"));
    }
    // A bridgehead when its wave runs, as the rollout's moves leave the roles.
    const analyzer::UpgradeEvaluation* evaluation = context.simulation.upgrade_of(id);
    if (evaluation && !context.simulation.bridged_by(*evaluation).empty()) {
        items.push_back(
            concat({"Someone watching ", server.name,
                    " for events 1091 and 3139 and bounced replication mail after the upgrade"}));
    }
    if (evaluation) recovery_items(context, *evaluation, items);
    return items;
}

/// What the checklist's parts read while the page is written.
struct ChecklistState {
    const ReportInput& input;
    std::vector<std::optional<Severity>> worst;  ///< Of each server's findings; nullopt for none.
    bool all_full = false;                       ///< Every server gets its own list of boxes.
    std::string max_age;

    bool full(ServerId id) const { return all_full || worst[id] >= Severity::high; }
    /// Printed, a server of a small checklist without a critical finding gets a table row
    /// instead of its list of boxes: the printed checklist stays a few pages, and the critical
    /// servers, whose recovery the board weighs, keep every box.
    bool printed_as_row(ServerId id) const { return all_full && worst[id] != Severity::critical; }

    /// The servers of wave `wave`, or of every server with a finding when the inventory has no
    /// rollout: visit(server, level it goes to).
    template <typename Visit>
    void for_each_server(std::size_t wave, Visit visit) const {
        if (const auto& rollout = input.inventory.rollout) {
            for (const auto& upgrade : rollout->waves[wave].upgrades) {
                visit(upgrade.server, inventory::to_string(upgrade.to));
            }
            return;
        }
        for (ServerId id = 0; id < worst.size(); ++id) {
            if (worst[id]) visit(id, std::string("5.5"));
        }
    }

    /// One server's upgrade: with its list of boxes (`full`), or as a table row.
    HtmlObject item(ServerId id, const std::string& target, bool full, const std::string& when) const {
        const auto& inventory = input.inventory;
        const auto& server = inventory.servers[id];
        HtmlObject item;
        item.set("name", Borrowed{server.name})
            .set("site", Borrowed{inventory.sites[server.site].name})
            .set("from", inventory::to_string(server.level))
            .set("to", target);
        if (full) item.set("items", text_items(checklist_items(input.result.context(), id, when, max_age)));
        if (full && printed_as_row(id)) item.set("screen_only", true);
        return item;
    }
};

/// The worst severity of the findings about each server; nullopt for a server without any.
std::vector<std::optional<Severity>> worst_by_server(const ReportInput& input) {
    std::vector<std::optional<Severity>> worst(input.inventory.servers.size());
    for (const auto& finding : input.result.findings) {
        if (!finding.server) continue;
        auto& server = worst[*finding.server];
        server = server ? std::max(*server, finding.severity()) : finding.severity();
    }
    return worst;
}

/// The wave's bridgehead moves, a box each: the steps before its upgrades.
HtmlList move_steps(const Inventory& inventory, std::size_t wave) {
    HtmlList steps;
    if (!inventory.rollout) return steps;
    const inventory::Wave& steps_wave = inventory.rollout->waves[wave];
    for (const inventory::BridgeheadMove& move : steps_wave.moves) {
        steps.push_back(HtmlObject{{"text", moves_step(inventory, steps_wave, std::span(&move, 1))}});
    }
    return steps;
}

/// The checklist of one wave: its bridgehead moves, its servers with a list of boxes each,
/// then the table of the others, the servers made while the page is rendered.
HtmlObject wave_checklist(const std::shared_ptr<const ChecklistState>& state, std::size_t wave,
                          const std::string& name, const std::string& start, const std::string& when) {
    std::size_t servers = 0;
    std::size_t compact = 0;
    std::size_t print_rows = 0;
    state->for_each_server(wave, [&](ServerId id, const std::string&) {
        ++servers;
        if (!state->full(id)) ++compact;
        if (state->printed_as_row(id)) ++print_rows;
    });
    // The servers `wanted` picks, each with its list of boxes (`full`) or as a table row.
    const auto part = [&](bool full, std::size_t count, auto wanted) {
        return list(count, [state, wave, when, full, wanted](const list::Visit& visit) {
            state->for_each_server(wave, [&](ServerId id, const std::string& target) {
                if (wanted(id)) visit(state->item(id, target, full, when));
            });
        });
    };
    // A wave's table of servers a row each: the compact form's, or the printed one's.
    const auto table = [&](std::size_t count, bool also_high, auto wanted) {
        return object{{"count", analyzer::count_of(count, "server")},
                      {"also_high", also_high},
                      {"rows", part(false, count, wanted)}};
    };
    object checklist{{"name", name},
                     {"start", start},
                     {"server_total", analyzer::count_of(servers, "server")},
                     {"servers", part(true, servers - compact, [state](ServerId id) { return state->full(id); })},
                     {"has_servers", servers > 0}};
    HtmlList moves = move_steps(state->input.inventory, wave);
    checklist.set("has_moves", !moves.empty());
    checklist.set("moves", std::move(moves));
    if (compact > 0) checklist.set("compact", table(compact, true, [state](ServerId id) { return !state->full(id); }));
    if (print_rows > 0) {
        checklist.set("printed_rows", table(print_rows, false, [state](ServerId id) { return state->printed_as_row(id); }));
    }
    return checklist;
}

}  // namespace

void add_checklist_data(const ReportInput& input, HtmlObject& data) {
    const auto& inventory = input.inventory;
    auto state = std::make_shared<ChecklistState>(ChecklistState{
        input, worst_by_server(input), false,
        analyzer::hours_text(input.result.options().max_backup_age_seconds)});
    std::size_t total = 0;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) total += wave.upgrades.size();
    } else {
        total = static_cast<std::size_t>(std::count_if(state->worst.begin(), state->worst.end(),
                                                       [](const auto& w) { return w.has_value(); }));
    }
    state->all_full = total <= kFullChecklistsAtMost;
    data.set("checklist_compact", !state->all_full);
    data.set("checklist_folded", total > kOpenChecklistAtMost);

    // Made one wave at a time too: a rollout may have tens of thousands of waves.
    const std::size_t wave_count = inventory.rollout ? inventory.rollout->waves.size() : 1;
    list waves(wave_count, [state, &inventory](const list::Visit& visit) {
        if (inventory.rollout) {
            const auto& rollout_waves = inventory.rollout->waves;
            for (std::size_t w = 0; w < rollout_waves.size(); ++w) {
                const auto& wave = rollout_waves[w];
                const std::string when = wave.start ? "the wave starts (" + wave.start->text + ")"
                                                    : "the wave starts";
                visit(wave_checklist(state, w, wave.name,
                                     wave.start ? wave.start->text : "not scheduled", when));
            }
        } else {
            visit(wave_checklist(state, 0, "Before each server's upgrade",
                                 "no rollout plan in the inventory", "its upgrade"));
        }
    });
    data.set("checklist_waves", waves);
}

}  // namespace upgrade_risk::reports
