#include "analyzer/kits.h"

namespace upgrade_risk::analyzer {

std::string kits_held(const inventory::Inventory& inventory) {
    if (!inventory.has_media) return "the inventory has no <media> section";
    if (inventory.kits.empty()) return "no kits are listed under <media>";
    std::string text = "kits held: ";
    for (std::size_t i = 0; i < inventory.kits.size(); ++i) {
        if (i > 0) text += ", ";
        text += inventory::to_string(inventory.kits[i].level);
    }
    return text;
}

std::string the_kit(const inventory::Kit& kit) {
    std::string text = "The " + inventory::to_string(kit.level) + " kit";
    if (!kit.location.empty()) text += " at " + kit.location;
    return text;
}

}  // namespace upgrade_risk::analyzer
