#include <string>

#include "analyzer/kits.h"
#include "analyzer/names.h"
#include "analyzer/prerequisite.h"

namespace upgrade_risk::analyzer {
namespace {

std::string title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return concat({"No ", inventory::to_string(evaluation.from), " install kit to reinstall ",
                   context.server_name(evaluation.server), " from after a failed upgrade ",
                   context.moment(evaluation), "."});
}

std::string fix(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return concat({"Get the Exchange ", inventory::to_string(evaluation.from), " kit (the level ",
                   context.server_name(evaluation.server),
                   " runs today, service pack included) and list it under <media>."});
}

/// A kit of exactly the version and service pack the server runs before the upgrade: the
/// Q195908 recovery reinstalls it at that level.
Prerequisite evaluate(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    Prerequisite result{PrerequisiteKind::install_kit};
    for (const auto& kit : context.inventory.kits) {
        if (kit.level != evaluation.from) continue;
        result.kit = &kit;
        result.satisfied = true;
        break;
    }
    return result;
}

std::string reason(const Prerequisite& prerequisite, const RuleContext& context,
                   const UpgradeEvaluation& evaluation) {
    const std::string& name = context.server_name(evaluation.server);
    if (prerequisite.kit) {
        return concat({the_kit(*prerequisite.kit), " can reinstall ", name,
                       " at the level it runs before the upgrade."});
    }
    return concat({"No ", inventory::to_string(evaluation.from), " kit to reinstall ", name,
                   " from (", kits_held(context.inventory),
                   "); the recovery reinstalls the exact service pack it ran."});
}

const PrerequisiteRole role{
    PrerequisiteKind::install_kit,
    "An install kit of exactly the current version and service pack", "an install kit",
    evaluate, reason};

void check(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink, role, MitigationKind::provide_install_kit);
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    return missing_prerequisite_words(finding, context, title, fix, wording);
}

}  // namespace

namespace rules {
extern const Rule prereq_install_kit{
    "prereq-install-kit", Severity::high, "documented; inferred for 4.0 -> 5.0, as the exposure is",
    "A critical exposure without a kit of the server's exact version and service pack",
    {"Q195908"}, RuleFamily::prerequisite, check, words, &role};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
