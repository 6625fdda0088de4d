#include <string>

#include "analyzer/kits.h"
#include "analyzer/names.h"
#include "analyzer/prerequisite.h"

namespace upgrade_risk::analyzer {
namespace {

std::string title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return concat({"No Exchange 4.0 kit with Authrest.exe for recovering ",
                   context.server_name(evaluation.server), " after a failed upgrade ",
                   context.moment(evaluation), "."});
}

std::string fix(const RuleContext&, const UpgradeEvaluation&) {
    return "Get an Exchange 4.0 CD (it carries Authrest.exe; only the 4.0 build works for a "
           "4.0 directory) and list it under <media> with authrest=\"true\" (Q201414).";
}

/// The first 4.0 kit that carries Authrest.exe, which the recovery runs (Q201414).
Prerequisite evaluate(const RuleContext& context, const UpgradeEvaluation&) {
    Prerequisite result{PrerequisiteKind::authrest_kit};
    for (const auto& kit : context.inventory.kits) {
        if (kit.level.version != inventory::Version::v4_0 || !kit.authrest) continue;
        result.kit = &kit;
        result.satisfied = true;
        break;
    }
    return result;
}

std::string reason(const Prerequisite& prerequisite, const RuleContext& context,
                   const UpgradeEvaluation&) {
    if (prerequisite.kit) return concat({the_kit(*prerequisite.kit), " carries Authrest.exe."});
    return concat({"No Exchange 4.0 kit is marked authrest=\"true\" (",
                   kits_held(context.inventory),
                   "); the recovery runs Authrest.exe from the 4.0 CD."});
}

const PrerequisiteRole role{PrerequisiteKind::authrest_kit,
                            "A 4.0 kit that carries Authrest.exe", "an Authrest.exe kit",
                            evaluate, reason};

void check(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink, role, MitigationKind::provide_authrest_kit);
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    return missing_prerequisite_words(finding, context, title, fix, wording);
}

}  // namespace

namespace rules {
extern const Rule prereq_authrest_kit{
    "prereq-authrest-kit", Severity::high, "documented; inferred for 4.0 -> 5.0, as the exposure is",
    "A critical exposure without a 4.0 kit that carries Authrest.exe",
    {"Q195908", "Q201414"}, RuleFamily::prerequisite, check, words, &role};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
