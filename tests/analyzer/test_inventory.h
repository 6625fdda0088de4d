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
#include <vector>

#include "analyzer/analysis.h"

namespace upgrade_risk::testing {

/// The findings of one rule from a full analysis, in report order.
inline std::vector<analyzer::Finding> findings_of(const analyzer::AnalysisResult& result,
                                                  std::string_view rule) {
    std::vector<analyzer::Finding> found;
    std::copy_if(result.findings.begin(), result.findings.end(), std::back_inserter(found),
                 [&](const analyzer::Finding& f) { return f.rule == rule; });
    return found;
}
/// Not from a temporary: the findings' words live in the result's TextStore, gone with it.
std::vector<analyzer::Finding> findings_of(analyzer::AnalysisResult&& result,
                                           std::string_view rule) = delete;

}  // namespace upgrade_risk::testing
