#include "inventory/model_checks.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "inventory/name_index.h"
#include "inventory/number_text.h"

namespace upgrade_risk::inventory {
namespace {

std::string quoted(const std::string& name) { return "'" + name + "'"; }

/// Connector, wave names: legal to repeat, but a report could not tell the two apart.
void warn_repeated_name(NameIndex& names, const std::string& name, SourceLocation where,
                        const std::string& what, DiagnosticSink& sink) {
    if (name.empty()) return;
    if (const auto first = names.declare(name, 0, where)) {
        sink.warning(where, "a second " + what + " named " + quoted(name) + " (the first is at " +
                                line_column(first->declared) +
                                "); the report will not be able to tell them apart");
    }
}

/// One kind of warning that names its first kNamed cases, a warning each, and counts the rest in
/// one more warning at the first case left unnamed: a file wrong the same way throughout (a
/// rollout planned before its backups exist, an export with a wrong clock) would otherwise bury
/// every other message under thousands of one.
class NamedThenCounted {
public:
    static constexpr std::size_t kNamed = 10;

    /// Counts a case; true when it is one of the first kNamed, which get a warning each.
    bool count() { return ++cases_ <= kNamed; }
    /// True when the case just counted is the first one left unnamed; say where with unnamed_at.
    [[nodiscard]] bool first_unnamed() const { return cases_ == kNamed + 1; }
    /// Where the count's warning goes, and what it names first ("server 'S11'").
    void unnamed_at(SourceLocation where, std::string subject) {
        where_ = where;
        subject_ = std::move(subject);
    }
    /// The count's warning, when a case went unnamed: SUBJECT ONE WHAT, or SUBJECT and N MORE
    /// WHAT, then "(only the first 10 are named); ADVICE".
    void warn(DiagnosticSink& sink, std::string_view one, std::string_view more, const std::string& what,
              std::string_view advice) const {
        if (cases_ <= kNamed) return;
        const std::size_t others = cases_ - kNamed - 1;
        sink.warning(where_, subject_ +
                                 (others > 0 ? " and " + number_text(others) + " " + std::string(more)
                                             : " " + std::string(one)) +
                                 " " + what + " (only the first " + std::to_string(kNamed) +
                                 " are named); " + std::string(advice));
    }

private:
    std::size_t cases_ = 0;
    SourceLocation where_;
    std::string subject_;
};

void check_messaging_connectors(const Inventory& inventory, DiagnosticSink& sink) {
    NameIndex names;
    for (const MessagingConnector& connector : inventory.messaging_connectors) {
        warn_repeated_name(names, connector.name, connector.source, "messaging connector", sink);
        for (const Endpoint& endpoint : connector.endpoints) {
            if (endpoint.server) {
                check_server_in_site(inventory, endpoint.site, *endpoint.server, endpoint.source, sink);
            }
        }
        if (connector.endpoints[0].site == connector.endpoints[1].site) {
            sink.error(connector.source, "messaging connector " + quoted(connector.name) +
                                             " joins site " +
                                             quoted(inventory.sites[connector.endpoints[0].site].name) +
                                             " to itself; a connector links two different sites");
        }
    }
}

void check_replication_connectors(const Inventory& inventory, DiagnosticSink& sink) {
    NameIndex names;
    std::map<std::pair<SiteId, SiteId>, const DirectoryReplicationConnector*> pairs;
    for (const DirectoryReplicationConnector& connector : inventory.replication_connectors) {
        warn_repeated_name(names, connector.name, connector.source,
                           "directory replication connector", sink);
        for (const Bridgehead& bridgehead : connector.bridgeheads) {
            check_server_in_site(inventory, bridgehead.site, bridgehead.server, bridgehead.source, sink);
        }
        const SiteId a = connector.bridgeheads[0].site;
        const SiteId b = connector.bridgeheads[1].site;
        if (a == b) {
            sink.error(connector.source, "directory replication connector " +
                                             quoted(connector.name) + " joins site " +
                                             quoted(inventory.sites[a].name) +
                                             " to itself; it must link two different sites");
            continue;
        }
        const auto [it, inserted] = pairs.try_emplace(std::minmax(a, b), &connector);
        if (!inserted) {
            sink.error(connector.source,
                       "directory replication connector " + quoted(connector.name) +
                           " is a second connector between sites " + quoted(inventory.sites[a].name) +
                           " and " + quoted(inventory.sites[b].name) + " (the first is " +
                           quoted(it->second->name) + " at " + line_column(it->second->source) +
                           "); Exchange allows only one (Q247032)");
        }
    }
}

void check_backups(const Inventory& inventory, DiagnosticSink& sink) {
    if (!inventory.captured) return;
    NamedThenCounted late;
    for (const Server& server : inventory.servers) {
        for (const Backup& backup : server.backups) {
            if (backup.taken.text.empty() || backup.taken.epoch_seconds <= inventory.captured->epoch_seconds) {
                continue;
            }
            if (!late.count()) {
                if (late.first_unnamed()) late.unnamed_at(backup.source, "backup of " + quoted(server.name));
                continue;
            }
            sink.warning(backup.source, "backup of " + quoted(server.name) + " is dated " +
                                            backup.taken.text + ", after the inventory was captured (" +
                                            inventory.captured->text + "); check the date");
        }
    }
    late.warn(sink, "is", "more backups are",
              "dated after the inventory was captured (" + inventory.captured->text + ") too",
              "check the dates, or the clock of the machine that wrote the inventory");
}

void check_rollout(const Inventory& inventory, const Rollout& rollout, DiagnosticSink& sink) {
    NamedThenCounted without_backup;
    NameIndex wave_names;
    const Wave* previous_started = nullptr;
    for (const Wave& wave : rollout.waves) {
        warn_repeated_name(wave_names, wave.name, wave.source, "wave", sink);
        if (wave.start && previous_started &&
            wave.start->epoch_seconds < previous_started->start->epoch_seconds) {
            sink.warning(wave.source, "wave " + quoted(wave.name) + " starts (" + wave.start->text +
                                          ") before the earlier wave " + quoted(previous_started->name) +
                                          " (" + previous_started->start->text +
                                          "), but waves run in document order");
        }
        if (wave.start) previous_started = &wave;
        // A server is in at most one upgrade: the builder reports and leaves out the others.
        for (const Upgrade& upgrade : wave.upgrades) {
            const Server& server = inventory.servers[upgrade.server];
            if (upgrade.to <= server.level) {
                sink.error(upgrade.source,
                           "upgrade of " + quoted(server.name) + " to " + to_string(upgrade.to) +
                               " is not an upgrade: the server already runs " + to_string(server.level));
            } else if (server.backups.empty() && !without_backup.count()) {
                if (without_backup.first_unnamed()) {
                    without_backup.unnamed_at(upgrade.source, "server " + quoted(server.name));
                }
            } else if (server.backups.empty()) {
                sink.warning(upgrade.source, "server " + quoted(server.name) + " is upgraded in wave " +
                                                 quoted(wave.name) +
                                                 " but no backup of it is listed; a backout needs "
                                                 "its directory backup (Q195908)");
            }
        }
    }
    without_backup.warn(sink, "has", "more planned servers have", "no backup listed either",
                        "`upgrade-risk analyze` says which of them need one");
}

}  // namespace

void check_server_in_site(const Inventory& inventory, SiteId site, ServerId server,
                          SourceLocation where, DiagnosticSink& sink) {
    const Server& named = inventory.servers[server];
    if (named.site == site) return;
    sink.error(where, "server " + quoted(named.name) + " is in site " +
                          quoted(inventory.sites[named.site].name) + ", not in site " +
                          quoted(inventory.sites[site].name));
}

void check_model(const Inventory& inventory, DiagnosticSink& sink) {
    check_messaging_connectors(inventory, sink);
    check_replication_connectors(inventory, sink);
    check_backups(inventory, sink);
    if (inventory.rollout) check_rollout(inventory, *inventory.rollout, sink);
}

}  // namespace upgrade_risk::inventory
