#include "analyzer/cli/inventory_summary.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "inventory/number_text.h"

namespace upgrade_risk::cli {
namespace {

using inventory::Inventory;

std::string plural(std::size_t count, const std::string& singular, const std::string& many) {
    return inventory::number_text(count) + ' ' + (count == 1 ? singular : many);
}

std::string servers_line(const Inventory& inventory) {
    std::array<std::size_t, 3> by_version{};
    std::uint64_t mailboxes = 0;
    for (const inventory::Server& server : inventory.servers) {
        ++by_version[static_cast<std::size_t>(server.level.version)];
        mailboxes += server.mailboxes;
    }
    return inventory::number_text(inventory.servers.size()) +
           " (4.0: " + inventory::number_text(by_version[0]) +
           ", 5.0: " + inventory::number_text(by_version[1]) +
           ", 5.5: " + inventory::number_text(by_version[2]) +
           "; " + plural(mailboxes, "mailbox", "mailboxes") + ")";
}

std::string messaging_line(const Inventory& inventory) {
    static const std::array<const char*, 4> kTypes = {"site", "x400", "dynamic-ras", "internet-mail"};
    std::array<std::size_t, 4> by_type{};
    for (const inventory::MessagingConnector& connector : inventory.messaging_connectors) {
        ++by_type[static_cast<std::size_t>(connector.type)];
    }
    std::string line = inventory::number_text(inventory.messaging_connectors.size());
    std::string detail;
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (by_type[i] == 0) continue;
        detail += (detail.empty() ? "" : ", ") + std::string(kTypes[i]) + ": " + inventory::number_text(by_type[i]);
    }
    return detail.empty() ? line : line + " (" + detail + ")";
}

std::string kits_line(const Inventory& inventory) {
    if (!inventory.has_media) return "none listed (no <media>)";
    const auto authrest = std::count_if(inventory.kits.begin(), inventory.kits.end(),
                                        [](const inventory::Kit& kit) { return kit.authrest; });
    return inventory::number_text(inventory.kits.size()) + " (" +
           inventory::number_text(static_cast<std::uint64_t>(authrest)) +
           " with Authrest.exe)";
}

std::string rollout_line(const Inventory& inventory) {
    if (!inventory.rollout) {
        return "none planned: each server below 5.5 is treated as the next to be upgraded";
    }
    std::size_t upgrades = 0;
    for (const inventory::Wave& wave : inventory.rollout->waves) upgrades += wave.upgrades.size();
    return plural(inventory.rollout->waves.size(), "wave", "waves") + ", " +
           plural(upgrades, "planned upgrade", "planned upgrades") + ", target " +
           inventory::to_string(inventory.rollout->target);
}

}  // namespace

std::string format_inventory_summary(const Inventory& inventory) {
    std::ostringstream out;
    out << inventory.path << ": valid inventory\n";
    const auto row = [&out](const char* label, const std::string& value) {
        out << "  " << label << std::string(34 - std::char_traits<char>::length(label), ' ')
            << value << '\n';
    };
    row("organization", inventory.organization.name);
    if (inventory.captured) row("captured", inventory.captured->text);
    row("sites", inventory::number_text(inventory.sites.size()));
    row("servers", servers_line(inventory));
    row("messaging connectors", messaging_line(inventory));
    row("directory replication connectors",
        inventory::number_text(inventory.replication_connectors.size()));
    row("install kits", kits_line(inventory));
    row("rollout", rollout_line(inventory));
    return out.str();
}

}  // namespace upgrade_risk::cli
