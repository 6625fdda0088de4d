#pragma once

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "inventory/attribute_reader.h"
#include "inventory/model.h"
#include "inventory/name_index.h"

namespace upgrade_risk::inventory {

/// Builds the model from a parsed document: reads every value, resolves every site and
/// server reference by name (case-insensitively), and reports what it cannot read or resolve
/// and any server planned twice (here, where an upgrade with an unreadable level still counts).
/// It carries on past errors so one run reports them all; the model is only trusted when no
/// error was reported. It consumes the document: the <site> elements are gone afterwards.
class ModelBuilder {
public:
    /// `servers`: how many <server> elements the document holds (check_structure counts them),
    /// the size the model's server table is allocated at.
    ModelBuilder(XmlDocument& document, DiagnosticSink& sink, std::size_t servers)
        : document_(document), sink_(sink), values_(document, sink), servers_expected_(servers) {}

    /// The model of the document's <inventory> (empty when the root is something else).
    Inventory build();

private:
    void read_header(pugi::xml_node root, Inventory& inventory);
    void add_site(pugi::xml_node node, Inventory& inventory);
    void add_server(pugi::xml_node node, SiteId site, Inventory& inventory);
    void check_build(pugi::xml_node node, const Server& server);
    Backup read_backup(pugi::xml_node node, const Server& server);
    void read_media(pugi::xml_node node, Inventory& inventory);

    // Connectors and the rollout: model_builder_links.cpp.
    void add_messaging_connector(pugi::xml_node node, Inventory& inventory);
    void add_replication_connector(pugi::xml_node node, Inventory& inventory);
    void read_rollout(pugi::xml_node node, Inventory& inventory);
    /// Reads one <move-bridgehead>; `holders` has each connector's bridgeheads as earlier
    /// moves left them.
    std::optional<BridgeheadMove> read_move(pugi::xml_node node, const Inventory& inventory,
                                            std::vector<std::array<ServerId, 2>>& holders);
    /// The connectors the node's `connector` attribute names (several when the name repeats);
    /// none, with an error, when it names no connector.
    std::vector<ReplicationConnectorId> connectors_named(pugi::xml_node node,
                                                         const Inventory& inventory);
    std::optional<SiteId> resolve_site(pugi::xml_node node);
    std::optional<ServerId> resolve_server(pugi::xml_node node, const char* attribute = "server");
    /// " (did you mean 'X'?)" for an unknown name, while suggestions are left.
    std::string suggestion(std::string_view unknown, const NameIndex& names);

    /// Each suggestion compares the name with every declared one: a file whose references
    /// are all wrong would take hours to get one for each, so only the first few get one.
    static constexpr std::size_t kSuggestions = 20;

    XmlDocument& document_;
    DiagnosticSink& sink_;
    AttributeReader values_;
    std::size_t servers_expected_;
    NameIndex sites_;
    NameIndex servers_;
    /// Replication connectors by folded name (names may repeat: a warning), built at the
    /// first <move-bridgehead>; and the names of those the model left out, which have had an
    /// error of their own.
    std::unordered_multimap<std::string, ReplicationConnectorId> connectors_;
    std::vector<std::string> dropped_connectors_;
    std::size_t suggestions_left_ = kSuggestions;
};

}  // namespace upgrade_risk::inventory
