#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inventory/product_level.h"
#include "inventory/source_encoding.h"
#include "inventory/source_location.h"
#include "inventory/timestamp.h"

namespace upgrade_risk::inventory {

/// Index into Inventory::sites.
using SiteId = std::size_t;
/// Index into Inventory::servers.
using ServerId = std::size_t;

enum class BackupType { offline, online };

/// A backup of one server's directory database (Dir.edb).
struct Backup {
    Timestamp taken;
    BackupType type = BackupType::offline;
    ProductLevel level;  ///< The version the server ran when the backup was taken.
    bool verified = false;
    std::string location;
    SourceLocation source;
};

/// An Exchange server, as it runs today.
struct Server {
    std::string name;  ///< As first spelled in the inventory.
    SiteId site = 0;
    ProductLevel level;
    std::optional<int> build;
    std::uint64_t mailboxes = 0;
    std::vector<Backup> backups;
    SourceLocation source;
};

/// A site (/ou=), with its servers in document order.
struct Site {
    std::string name;
    std::string description;
    std::vector<ServerId> servers;
    SourceLocation source;
};

enum class MessagingConnectorType { site, x400, dynamic_ras, internet_mail };

/// One end of a messaging connector.
struct Endpoint {
    SiteId site = 0;
    std::optional<ServerId> server;
    SourceLocation source;
};

/// A message route between two sites.
struct MessagingConnector {
    std::string name;
    MessagingConnectorType type = MessagingConnectorType::site;
    std::array<Endpoint, 2> endpoints;
    SourceLocation source;
};

/// The bridgehead server of one site for a directory replication connector.
struct Bridgehead {
    SiteId site = 0;
    ServerId server = 0;
    SourceLocation source;
};

/// When a directory replication connector sends its updates (its Schedule page); `unknown`
/// when the inventory does not say. A connector set to `never` makes a restored directory's
/// backsync wait its full 16 hours (Q160850).
enum class ReplicationSchedule : std::uint8_t { unknown, always, selected_times, never };

/// Directory replication between two sites, through one bridgehead at each end.
struct DirectoryReplicationConnector {
    std::string name;
    std::array<Bridgehead, 2> bridgeheads;
    ReplicationSchedule schedule = ReplicationSchedule::unknown;
    SourceLocation source;
};

/// An installation kit the team holds.
struct Kit {
    ProductLevel level;
    bool authrest = false;  ///< The kit carries Authrest.exe.
    std::string location;
    SourceLocation source;
};

/// One planned server upgrade.
struct Upgrade {
    ServerId server = 0;
    ProductLevel to;  ///< Defaults to the rollout's target.
    SourceLocation source;
};

/// Index into Inventory::replication_connectors.
using ReplicationConnectorId = std::size_t;

/// Before a wave's upgrades start, the bridgehead role of one directory replication connector
/// in one site passes to another server of that site (Q254188).
struct BridgeheadMove {
    ReplicationConnectorId connector = 0;
    std::size_t end = 0;  ///< Which of the connector's bridgeheads: 0 or 1.
    ServerId from = 0;    ///< The bridgehead until this wave (after any earlier move).
    ServerId to = 0;
    SourceLocation source;
};

/// A rollout wave; waves run in document order, each one's moves before its upgrades.
struct Wave {
    std::string name;
    std::optional<Timestamp> start;
    std::vector<BridgeheadMove> moves;
    std::vector<Upgrade> upgrades;
    SourceLocation source;
};

/// The planned upgrade.
struct Rollout {
    ProductLevel target;
    std::vector<Wave> waves;
    SourceLocation source;
};

/// The organization (/o=).
struct Organization {
    std::string name;
    SourceLocation source;
};

/// One organization inventory, fully resolved: every reference is an index.
struct Inventory {
    std::string path;    ///< The file it was read from, as given on the command line.
    std::string sha256;  ///< Lowercase hex digest of the file's bytes.
    /// What the bytes were decoded from; every name here is UTF-8.
    SourceEncoding encoding = SourceEncoding::utf8;
    int format = 1;
    std::optional<Timestamp> captured;
    std::string source_tool;  ///< The `source` attribute of <inventory>.
    Organization organization;
    std::vector<Site> sites;
    std::vector<Server> servers;
    std::vector<MessagingConnector> messaging_connectors;
    std::vector<DirectoryReplicationConnector> replication_connectors;
    bool has_media = false;
    std::vector<Kit> kits;
    std::optional<Rollout> rollout;
};

}  // namespace upgrade_risk::inventory
