#include "analyzer/rules/prereq_install_kit.h"

#include <string>

#include "analyzer/prerequisite_rule.h"

namespace upgrade_risk::analyzer {
namespace {

constexpr Text kId = "prereq-install-kit";

Text title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return context.text.concat({"No ", inventory::to_string(evaluation.from),
                                " install kit to reinstall ",
                                context.server_name(evaluation.server),
                                " from after a failed upgrade ", context.moment(evaluation), "."});
}

Text fix(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return context.text.concat({"Get the Exchange ", inventory::to_string(evaluation.from),
                                " kit (the level ", context.server_name(evaluation.server),
                                " runs today, service pack included) and list it under <media>."});
}

}  // namespace

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

Prerequisite evaluate_install_kit(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const std::string level = inventory::to_string(evaluation.from);
    for (const auto& kit : context.inventory.kits) {
        if (kit.level != evaluation.from) continue;
        return Prerequisite{kId, true,
                            context.text.concat({the_kit(kit), " can reinstall ",
                                                 context.server_name(evaluation.server),
                                                 " at the level it runs before the upgrade."})};
    }
    return Prerequisite{
        kId, false,
        context.text.concat({"No ", level, " kit to reinstall ",
                             context.server_name(evaluation.server), " from (",
                             kits_held(context.inventory),
                             "); the recovery reinstalls the exact service pack it ran."})};
}

void check_prereq_install_kit(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink,
                               PrerequisiteRule{kId, "Q195908", evaluate_install_kit, title, fix});
}

}  // namespace upgrade_risk::analyzer
