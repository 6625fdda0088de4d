#include <algorithm>
#include <optional>
#include <vector>

#include "analyzer/names.h"
#include "reports/html_data.h"
#include "reports/html_section.h"
#include "reports/inventory_facts.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using inventory::Inventory;
using inventory::ServerId;
using kainjow::mustache::list;
using kainjow::mustache::object;

namespace {

/// Up to this many servers in the whole checklist, each gets its own list of boxes. Above it
/// only the servers with a critical or high finding do, and the others share one table per
/// wave, a row each: a printed checklist of thousands of lists helps nobody.
constexpr std::size_t kFullChecklistsAtMost = 40;

std::vector<std::string> checklist_items(const Inventory& inventory, const InventoryFacts& facts,
                                         ServerId id, const std::string& when,
                                         const std::string& max_age) {
    const auto& server = inventory.servers[id];
    const auto& site = inventory.sites[server.site];
    const std::string level = inventory::to_string(server.level);
    std::vector<std::string> items = {
        "Service account and its password for site " + site.name +
            " at hand and tested (Q169114)",
        "Organization and site names written down exactly, case included: " +
            inventory.organization.name + " / " + site.name + " (Q162353)",
        "Offline backup of " + server.name + "'s directory (Dir.edb) taken at " + level +
            ", no more than " + max_age + " before " + when,
        "That backup restored once on a test server, successfully",
    };
    const auto* kit = kit_for(inventory, server.level);
    items.push_back(kit ? "Install kit " + level + " at hand: " + kit->location
                        : "Install kit " + level + " at hand (none listed in the inventory)");
    // Authrest.exe is a step of the Q195908 recovery of a 4.0 server; 5.0 and 5.5 need none.
    if (server.level.version == inventory::Version::v4_0) {
        const auto* authrest = authrest_kit(inventory);
        items.push_back(authrest ? "Authrest.exe at hand, from the 4.0 kit at " + authrest->location
                                 : "Authrest.exe at hand (no 4.0 kit with it is listed)");
    }
    if (!facts.bridgehead_roles(id).empty()) {
        items.push_back("Someone watching " + server.name +
                        " for events 1091 and 3139 and bounced replication mail after the upgrade");
    }
    return items;
}

/// One server's upgrade in the checklist: the server and the level it goes to.
struct ChecklistEntry {
    ServerId server;
    std::string target;
};

/// The checklist of one wave (or, without a rollout, of every flagged server).
class WaveChecklist {
public:
    WaveChecklist(const ReportInput& input, const InventoryFacts& facts, HtmlSections& sections,
                  const HtmlData& page)
        : input_(input),
          facts_(facts),
          full_(sections.section("checklist-server.mustache", page)),
          rows_(sections.section("checklist-row.mustache", page)) {}

    void add(const ChecklistEntry& entry, bool full, const std::string& when,
             const std::string& max_age) {
        const auto& inventory = input_.inventory;
        const auto& server = inventory.servers[entry.server];
        object item{{"name", server.name},
                    {"site", inventory.sites[server.site].name},
                    {"from", inventory::to_string(server.level)},
                    {"to", entry.target}};
        if (full) {
            item["items"] = text_list(checklist_items(inventory, facts_, entry.server, when, max_age));
            full_.add(item);
        } else {
            rows_.add(item);
            ++compact_;
        }
        ++servers_;
    }

    HtmlData take(const std::string& name, const std::string& start) {
        return object{{"name", name},
                      {"start", start},
                      {"servers", full_.take()},
                      {"has_servers", servers_ > 0},
                      {"compact_rows", rows_.take()},
                      {"has_compact", compact_ > 0},
                      {"compact_count", analyzer::count_of(compact_, "server")}};
    }

private:
    const ReportInput& input_;
    const InventoryFacts& facts_;
    HtmlSection full_;
    HtmlSection rows_;
    std::size_t servers_ = 0;
    std::size_t compact_ = 0;
};

/// The worst severity of the findings about each server; nullopt for a server without any.
std::vector<std::optional<Severity>> worst_by_server(const ReportInput& input) {
    std::vector<std::optional<Severity>> worst(input.inventory.servers.size());
    for (const auto& finding : input.result.findings) {
        if (!finding.server) continue;
        auto& server = worst[*finding.server];
        server = server ? std::max(*server, finding.severity) : finding.severity;
    }
    return worst;
}

}  // namespace

void add_checklist_data(const ReportInput& input, const InventoryFacts& facts,
                        HtmlSections& sections, HtmlData& data) {
    const auto& inventory = input.inventory;
    const std::string max_age = analyzer::hours_text(input.context.max_backup_age_seconds);
    const std::vector<std::optional<Severity>> worst = worst_by_server(input);

    std::size_t total = 0;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) total += wave.upgrades.size();
    } else {
        total = static_cast<std::size_t>(
            std::count_if(worst.begin(), worst.end(), [](const auto& w) { return w.has_value(); }));
    }
    const bool all_full = total <= kFullChecklistsAtMost;
    const auto full = [&](ServerId id) { return all_full || worst[id] >= Severity::high; };
    data.set("checklist_compact", !all_full);

    list waves;
    if (inventory.rollout) {
        for (const auto& wave : inventory.rollout->waves) {
            WaveChecklist checklist(input, facts, sections, data);
            const std::string when = wave.start ? "the wave starts (" + wave.start->text + ")"
                                                : "the wave starts";
            for (const auto& upgrade : wave.upgrades) {
                checklist.add({upgrade.server, inventory::to_string(upgrade.to)},
                              full(upgrade.server), when, max_age);
            }
            waves.push_back(checklist.take(wave.name, wave.start ? wave.start->text : "not scheduled"));
        }
    } else {
        WaveChecklist checklist(input, facts, sections, data);
        for (ServerId id = 0; id < worst.size(); ++id) {
            if (worst[id]) checklist.add({id, "5.5"}, full(id), "its upgrade", max_age);
        }
        waves.push_back(checklist.take("Before each server's upgrade", "no rollout plan in the inventory"));
    }
    data.set("checklist_waves", waves);
}

}  // namespace upgrade_risk::reports
