#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/model.h"

namespace upgrade_risk::analyzer {

struct Rule;

/// How bad a finding is; ordered so that `a < b` means a is less severe.
enum class Severity : std::uint8_t { info, low, medium, high, critical };

/// Every severity, in the order reports list them.
inline constexpr std::array<Severity, 5> kSeveritiesWorstFirst = {
    Severity::critical, Severity::high, Severity::medium, Severity::low, Severity::info};

/// Whether a KB article states the outcome (documented) or we reason our way to it (inferred).
enum class Confidence : std::uint8_t { documented, inferred };

std::string_view to_string(Severity severity);
std::string_view to_string(Confidence confidence);
std::optional<Severity> parse_severity(std::string_view text);

/// Index into Inventory::replication_connectors.
using ConnectorId = std::size_t;

/// The preconditions of the Q195908 recovery, each checked by its prereq-* rule.
enum class PrerequisiteKind : std::uint8_t { directory_backup, authrest_kit, install_kit };

/// What the server's backups give the recovery, in the order they are ruled out.
enum class BackupState : std::uint8_t {
    none,           ///< No backup of the server is listed.
    wrong_level,    ///< None is of the level it runs before the upgrade.
    undatable,      ///< No wave start and no captured time to check the age against.
    all_after,      ///< Every backup of its level is dated after the deadline.
    too_old,        ///< The newest before the deadline is older than --max-backup-age.
    qualifies,      ///< `backup` is the one to restore.
};

/// One recovery prerequisite of one exposure, as found in the inventory.
struct Prerequisite {
    PrerequisiteKind kind = PrerequisiteKind::directory_backup;
    bool satisfied = false;
    /// directory_backup: the backup to restore when it qualifies; otherwise the one the
    /// judgement names (the newest of the server, or of its level), or nullptr.
    const inventory::Backup* backup = nullptr;
    BackupState backup_state = BackupState::none;
    /// authrest_kit, install_kit: the kit the recovery uses, or nullptr when there is none.
    const inventory::Kit* kit = nullptr;
};

/// The ways out a finding can propose; each has one id and its KB articles (mitigation.h).
enum class MitigationKind : std::uint8_t {
    move_bridgehead,
    upgrade_bridgehead_first,
    upgrade_again,
    add_5_5_server,
    proxy_generator_versions,
    recreate_connector,
    provide_directory_backup,
    provide_authrest_kit,
    provide_install_kit,
    join_island,
    fix_replication_route,
    add_messaging_connector,
    reorder_waves,
    schedule_move_off_hours,
    move_to_upgraded_server,
    upgrade_site_together,
    fixed_service_pack,
};

/// A way to avoid or reduce an exposure; its words come from the finding's rule.
struct Mitigation {
    MitigationKind kind;
};

/// How many of the sites cut off a finding names. The far side of a bridgehead at the edge of
/// the replication tree can be nearly the whole organization; listing every site in every
/// finding would make the reports grow with findings x sites.
inline constexpr std::size_t kSitesNamed = 50;

/// What breaks when a bridgehead's replication connectors stop (Q169653 transitivity).
struct Impact {
    /// The sites cut off, sorted by name: all of them when there are at most kSitesNamed,
    /// otherwise the kSitesNamed nearest to the stopped connectors.
    std::vector<inventory::SiteId> sites_cut_off;
    std::uint64_t sites_cut_off_count = 0;  ///< Every site cut off, named or not.
    std::uint64_t servers_cut_off = 0;
    std::uint64_t mailboxes_cut_off = 0;
    std::vector<ConnectorId> connectors;  ///< The replication connectors that stop.
};

/// "D and E", or for a long list "A, B, ..., Z and 120 more sites"; each name passed through
/// `spell` when given (a report's escaping); at most `named_at_most` of the sites named.
std::string sites_cut_off_text(const Impact& impact, const inventory::Inventory& inventory,
                               std::string (*spell)(std::string_view) = nullptr,
                               std::size_t named_at_most = kSitesNamed);

/// One result of one rule: facts only (ids into the inventory and the analysis, counts and
/// states), never sentences. Reports get the words from the rule (FindingWords) when they
/// write, so no two formats can word a finding differently.
struct Finding {
    /// The rule that found it, stamped by the FindingSink: its id, severity and KB articles.
    const Rule* rule = nullptr;
    Confidence confidence = Confidence::documented;
    // 32 bits each, as in the simulation: an inventory has far fewer elements
    // (inventory/input_limits.h), and findings are the bulk of a large run's memory.
    std::optional<std::uint32_t> server;  ///< A ServerId.
    std::optional<std::uint32_t> site;    ///< A SiteId.
    std::optional<std::uint32_t> wave;    ///< Index into the rollout's waves.
    /// The upgrade judged: an index into the simulation's evaluations.
    std::optional<std::uint32_t> evaluation;
    /// The bridgehead move judged: an index into its wave's moves.
    std::optional<std::uint32_t> move;
    /// A state that starts in `wave`: the wave that ends it; nullopt when the rollout does not.
    std::optional<std::uint32_t> until_wave;
    std::vector<ConnectorId> connectors;  ///< The replication connectors it is about.
    inventory::SourceLocation location;   ///< Where in the inventory the subject is declared.
    /// Critical findings only; shared, since an Impact is a quarter of a Finding's size and
    /// most findings have none.
    std::shared_ptr<const Impact> impact;
    std::vector<Prerequisite> prerequisites;
    std::vector<Mitigation> mitigations;

    std::string_view rule_id() const;
    Severity severity() const;
    /// The KB articles it rests on ("Q195908", ...): its rule's.
    const std::vector<std::string_view>& kb() const;
};

/// A stable identity for a finding across runs, for baselines and SARIF: the rule plus its
/// subject (site, server and connector names, case-folded), never the wave or wording.
std::string fingerprint(const Finding& finding, const inventory::Inventory& inventory);

}  // namespace upgrade_risk::analyzer
