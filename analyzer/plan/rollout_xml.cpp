#include "analyzer/plan/rollout_xml.h"

namespace upgrade_risk::analyzer::plan {
namespace {

/// An attribute value in double quotes, with the characters XML reserves as entities.
std::string quoted(std::string_view value) {
    std::string out = "\"";
    for (const char c : value) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out + '"';
}

}  // namespace

std::string rollout_xml(const RolloutPlan& plan, const inventory::Inventory& inventory,
                        std::string_view indent, std::string_view unit, std::string_view newline) {
    const std::string end_line(newline);
    const std::string wave_indent = std::string(indent) + std::string(unit);
    const std::string step_indent = wave_indent + std::string(unit);
    std::string xml = "<rollout target-version=" + quoted(inventory::to_string(plan.target.version)) +
                      " target-service-pack=" + quoted(std::to_string(plan.target.service_pack)) + ">" + end_line;
    xml += wave_indent + "<!-- Planned by upgrade-risk plan (docs/planning.md); the reasons are in "
                         "its summary. -->" + end_line;
    for (const PlannedWave& wave : plan.waves) {
        xml += wave_indent + "<wave name=" + quoted(wave.name);
        if (wave.start) xml += " start=" + quoted(wave.start->text);
        xml += ">" + end_line;
        for (const PlannedMove& move : wave.moves) {
            const auto& connector = inventory.replication_connectors[move.connector];
            xml += step_indent + "<move-bridgehead connector=" + quoted(connector.name) + " site=" +
                   quoted(inventory.sites[connector.bridgeheads[move.end].site].name) + " to=" +
                   quoted(inventory.servers[move.to].name) + "/>" + end_line;
        }
        for (const inventory::ServerId id : wave.upgrades) {
            xml += step_indent + "<upgrade server=" + quoted(inventory.servers[id].name) + "/>" + end_line;
        }
        xml += wave_indent + "</wave>" + end_line;
    }
    return xml + std::string(indent) + "</rollout>";
}

}  // namespace upgrade_risk::analyzer::plan
