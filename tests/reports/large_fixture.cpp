#include "tests/reports/large_fixture.h"

#include <gtest/gtest.h>

#include "inventory/loader.h"
#include "inventory/text_encoding.h"

namespace upgrade_risk::testing {

namespace {

/// `name` padded to `length` characters (code points) with the words of a long real name.
std::string padded(std::string name, std::size_t length) {
    constexpr std::string_view kFill = "-Région-Île-de-France-bâtiment-Nord-Est";
    while (inventory::code_points(name) < length) {
        name += kFill.substr(0, inventory::code_points_prefix_bytes(kFill, length - inventory::code_points(name)));
    }
    return name;
}

std::string inventory_xml(int sites, bool every_bridgehead, std::size_t name_length) {
    const auto site_name = [&](int site) { return padded("Site" + std::to_string(site), name_length); };
    const auto server_name = [&](int site, int index) {
        return padded("Site" + std::to_string(site) + "-S" + std::to_string(index), name_length);
    };
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<inventory format=\"1\" captured=\"1999-04-20T09:00:00Z\">\n"
                      "<organization name=\"Contoso\">\n";
    for (int site = 0; site < sites; ++site) {
        xml += "<site name=\"" + site_name(site) + "\">\n";
        xml += "<server name=\"" + server_name(site, 0) +
               "\" version=\"4.0\" service-pack=\"4\" mailboxes=\"100\"/>\n";
        xml += "<server name=\"" + server_name(site, 1) +
               "\" version=\"5.5\" service-pack=\"1\" mailboxes=\"100\"/>\n";
        xml += "<server name=\"" + server_name(site, 2) +
               "\" version=\"4.0\" service-pack=\"4\" mailboxes=\"100\"/>\n";
        xml += "</site>\n";
    }
    for (int site = 1; site < sites; ++site) {
        const std::string pair = site_name(site - 1) + "-" + site_name(site);
        xml += "<messaging-connector name=\"SC " + pair + "\" type=\"site\">"
               "<endpoint site=\"" + site_name(site - 1) + "\"/><endpoint site=\"" +
               site_name(site) + "\"/></messaging-connector>\n";
    }
    for (int site = 1; site < sites; ++site) {
        xml += "<directory-replication-connector name=\"DRC " + site_name(site - 1) + "-" +
               site_name(site) + "\"><bridgehead site=\"" + site_name(site - 1) +
               "\" server=\"" + server_name(site - 1, 0) + "\"/><bridgehead site=\"" +
               site_name(site) + "\" server=\"" + server_name(site, 0) +
               "\"/></directory-replication-connector>\n";
    }
    xml += "</organization>\n"
           "<media><kit version=\"4.0\" service-pack=\"4\" authrest=\"true\" "
           "location=\"\\\\media\\40sp4\"/></media>\n"
           "<rollout target-version=\"5.5\" target-service-pack=\"2\">\n"
           "<wave name=\"Wave 1\" start=\"1999-04-21T20:00:00Z\">\n";
    for (int site = every_bridgehead ? 0 : sites / 2; site < (every_bridgehead ? sites : sites / 2 + 1); ++site) {
        xml += "<upgrade server=\"" + server_name(site, 0) + "\"/>\n";
    }
    for (int site = 0; site < sites; ++site) {
        xml += "<upgrade server=\"" + server_name(site, 2) + "\"/>\n";
    }
    return xml + "</wave>\n</rollout>\n</inventory>\n";
}

inventory::Inventory load_or_fail(int sites, bool every_bridgehead, std::size_t name_length) {
    inventory::LoadResult load =
        inventory::load_inventory_text(inventory_xml(sites, every_bridgehead, name_length), "large.xml");
    if (!load.inventory) {
        ADD_FAILURE() << "the large inventory does not load: "
                      << (load.diagnostics.empty() ? ""
                                                   : inventory::format_diagnostic(load.diagnostics.front()));
        return {};
    }
    return std::move(*load.inventory);
}

}  // namespace

LargeFixture::LargeFixture(int sites, bool every_bridgehead, std::size_t name_length)
    : inventory(load_or_fail(sites, every_bridgehead, name_length)),
      result(analyzer::analyze(inventory, analyzer::AnalysisOptions{})) {
    context.tool_version = "0.1.0";
    context.generated_epoch_seconds = 924652800;
}

}  // namespace upgrade_risk::testing
