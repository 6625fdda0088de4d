#pragma once

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "inventory/product_level.h"

namespace upgrade_risk::testing {

/// Loads an inventory from XML text, failing the test on any error (warnings are the
/// loader's business, not the analysis tests').
inline inventory::Inventory load(std::string_view xml) {
    inventory::LoadResult result = inventory::load_inventory_text(xml, "test.xml");
    for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.severity == inventory::DiagnosticSeverity::error) {
            ADD_FAILURE() << diagnostic.message;
        }
    }
    if (!result.inventory) throw std::runtime_error("inventory did not load");
    return std::move(*result.inventory);
}

/// `<server name=.. version=.. service-pack=.. mailboxes=../>`; the service pack defaults to
/// the last one of the version.
inline std::string server(std::string_view name, std::string_view version, int sp = -1,
                          int mailboxes = 10, std::string_view inner = "") {
    if (sp < 0) sp = inventory::max_service_pack(*inventory::parse_version(version));
    std::string text = "<server name=\"" + std::string(name) + "\" version=\"" +
                       std::string(version) + "\" service-pack=\"" + std::to_string(sp) +
                       "\" mailboxes=\"" + std::to_string(mailboxes) + "\"";
    return inner.empty() ? text + "/>" : text + ">" + std::string(inner) + "</server>";
}

/// A site element holding the given server elements.
inline std::string site(std::string_view name, std::string_view servers) {
    return "<site name=\"" + std::string(name) + "\">" + std::string(servers) + "</site>";
}

/// A directory replication connector between two bridgeheads.
inline std::string drc(std::string_view name, std::string_view site_a, std::string_view server_a,
                       std::string_view site_b, std::string_view server_b) {
    return "<directory-replication-connector name=\"" + std::string(name) +
           "\"><bridgehead site=\"" + std::string(site_a) + "\" server=\"" +
           std::string(server_a) + "\"/><bridgehead site=\"" + std::string(site_b) +
           "\" server=\"" + std::string(server_b) + "\"/></directory-replication-connector>";
}

/// A site connector between two sites.
inline std::string mail(std::string_view site_a, std::string_view site_b) {
    return "<messaging-connector name=\"" + std::string(site_a) + "-" + std::string(site_b) +
           " mail\" type=\"site\"><endpoint site=\"" + std::string(site_a) +
           "\"/><endpoint site=\"" + std::string(site_b) + "\"/></messaging-connector>";
}

/// A wave upgrading the comma-separated servers to the rollout's target.
inline std::string wave(std::string_view name, std::string_view servers) {
    std::string upgrades;
    std::string_view rest = servers;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        upgrades += "<upgrade server=\"" + std::string(rest.substr(0, comma)) + "\"/>";
        rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
    }
    return "<wave name=\"" + std::string(name) + "\">" + upgrades + "</wave>";
}

/// A rollout to 5.5 of the given waves.
inline std::string rollout(std::string_view waves) {
    return "<rollout target-version=\"5.5\">" + std::string(waves) + "</rollout>";
}

/// A whole inventory: organization content, then optional media and rollout.
inline std::string inventory_xml(std::string_view organization, std::string_view rest = "",
                                 std::string_view captured = "1999-01-01T12:00:00Z") {
    return "<inventory format=\"1\" captured=\"" + std::string(captured) +
           "\"><organization name=\"Org\">" + std::string(organization) + "</organization>" +
           std::string(rest) + "</inventory>";
}

}  // namespace upgrade_risk::testing

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/rule.h"

namespace upgrade_risk::testing {

/// Holds the inventory an Analysed result refers to; a base, so it is built first.
struct InventoryHolder {
    inventory::Inventory inventory;
};

/// An inventory loaded from XML and its analysis, kept together: the result refers to the
/// inventory, so neither moves (functions return it as a prvalue, built in place).
struct Analysed : InventoryHolder, analyzer::AnalysisResult {
    explicit Analysed(std::string_view xml, const analyzer::AnalysisOptions& options = {})
        : InventoryHolder{load(xml)}, AnalysisResult(analyzer::analyze(inventory, options)) {}
    Analysed(Analysed&&) = delete;
};

/// A prerequisite as the reports show it: its rule's id, its facts and its reason.
struct ShownPrerequisite {
    std::string id;
    bool satisfied = false;
    std::string reason;
    const inventory::Backup* backup = nullptr;
    const inventory::Kit* kit = nullptr;
};

/// A mitigation as the reports show it.
struct ShownMitigation {
    std::string id;
    std::string text;
    std::vector<std::string_view> kb;
};

/// An impact with its sites and connectors by name.
struct ShownImpact {
    std::vector<std::string> sites_cut_off;
    std::uint64_t sites_cut_off_count = 0;
    std::uint64_t servers_cut_off = 0;
    std::uint64_t mailboxes_cut_off = 0;
    std::vector<std::string> connectors;
};

/// A finding as every report shows it: its facts, and its words from its rule.
struct ShownFinding {
    std::string rule;
    analyzer::Severity severity = analyzer::Severity::info;
    analyzer::Confidence confidence = analyzer::Confidence::documented;
    std::vector<std::string_view> kb;
    std::optional<std::uint32_t> server;
    std::optional<std::uint32_t> site;
    std::optional<std::uint32_t> wave;
    std::vector<std::string> connectors;
    std::string title;
    std::vector<std::string> evidence;
    std::optional<ShownImpact> impact;
    std::vector<ShownPrerequisite> prerequisites;
    std::vector<ShownMitigation> mitigations;
};

/// `finding` of `result`, with its names and words.
inline ShownFinding shown(const analyzer::AnalysisResult& result, const analyzer::Finding& finding) {
    const auto& inventory = result.context().inventory;
    const auto connector = [&](analyzer::ConnectorId id) { return inventory.replication_connectors[id].name; };
    analyzer::FindingWords words = *result.words(finding);
    ShownFinding seen{std::string(finding.rule_id()), finding.severity(), finding.confidence,
                      finding.kb(), finding.server, finding.site, finding.wave, {},
                      std::move(words.title), std::move(words.evidence), std::nullopt, {}, {}};
    for (const auto id : finding.connectors) seen.connectors.push_back(connector(id));
    if (finding.impact) {
        ShownImpact impact{{}, finding.impact->sites_cut_off_count, finding.impact->servers_cut_off,
                           finding.impact->mailboxes_cut_off, {}};
        for (const auto site : finding.impact->sites_cut_off) impact.sites_cut_off.push_back(inventory.sites[site].name);
        for (const auto id : finding.impact->connectors) impact.connectors.push_back(connector(id));
        seen.impact = std::move(impact);
    }
    for (std::size_t i = 0; i < finding.prerequisites.size(); ++i) {
        const auto& prerequisite = finding.prerequisites[i];
        seen.prerequisites.push_back({std::string(analyzer::rule_of(prerequisite.kind).id),
                                      prerequisite.satisfied, words.prerequisites[i],
                                      prerequisite.backup, prerequisite.kit});
    }
    for (std::size_t i = 0; i < finding.mitigations.size(); ++i) {
        const auto kind = finding.mitigations[i].kind;
        seen.mitigations.push_back({std::string(analyzer::mitigation_id(kind)), words.mitigations[i],
                                    analyzer::mitigation_kb(kind)});
    }
    return seen;
}

/// The findings of one rule from a full analysis, in report order, as the reports show them.
inline std::vector<ShownFinding> findings_of(const analyzer::AnalysisResult& result,
                                             std::string_view rule) {
    std::vector<ShownFinding> found;
    for (const analyzer::Finding& finding : result.findings) {
        if (finding.rule_id() == rule) found.push_back(shown(result, finding));
    }
    return found;
}

}  // namespace upgrade_risk::testing
