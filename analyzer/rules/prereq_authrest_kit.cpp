#include "analyzer/rules/prereq_authrest_kit.h"

#include <string>

#include "analyzer/prerequisite_rule.h"
#include "analyzer/rules/prereq_install_kit.h"

namespace upgrade_risk::analyzer {
namespace {

constexpr Text kId = "prereq-authrest-kit";

Text title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return context.text.concat({"No Exchange 4.0 kit with Authrest.exe for recovering ",
                                context.server_name(evaluation.server), " after a failed upgrade ",
                                context.moment(evaluation), "."});
}

Text fix(const RuleContext&, const UpgradeEvaluation&) {
    return "Get an Exchange 4.0 CD (it carries Authrest.exe; only the 4.0 build works for a "
           "4.0 directory) and list it under <media> with authrest=\"true\" (Q201414).";
}

}  // namespace

Prerequisite evaluate_authrest_kit(const RuleContext& context, const UpgradeEvaluation&) {
    for (const auto& kit : context.inventory.kits) {
        if (kit.level.version != inventory::Version::v4_0 || !kit.authrest) continue;
        return Prerequisite{kId, true,
                            context.text.concat({the_kit(kit), " carries Authrest.exe."})};
    }
    return Prerequisite{
        kId, false,
        context.text.concat({"No Exchange 4.0 kit is marked authrest=\"true\" (",
                             kits_held(context.inventory),
                             "); the recovery runs Authrest.exe from the 4.0 CD."})};
}

void check_prereq_authrest_kit(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink,
                               PrerequisiteRule{kId, "Q201414", evaluate_authrest_kit, title, fix});
}

}  // namespace upgrade_risk::analyzer
