#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!evaluation.exposed() || evaluation.peers_before_wave == 0 ||
            !context.simulation.bridged_by(evaluation).empty()) {
            continue;
        }
        Finding finding = backout_finding(context, evaluation, evaluation.confidence());
        finding.mitigations.push_back(Mitigation{MitigationKind::upgrade_again});
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const UpgradeEvaluation& evaluation = context.evaluation_of(finding);
    FindingWords words;
    words.title = concat({"If ", upgrade_phrase(context, evaluation),
                          " fails and is backed out, the Administrator program shows ",
                          context.server_name(evaluation.server), " as ",
                          inventory::to_string(evaluation.to.version), " while it runs ",
                          inventory::to_string(evaluation.from), "."});
    if (wording == Wording::title) return words;
    words.evidence = backout_evidence(context, evaluation, 1);
    words.evidence.emplace_back(
        "Replication keeps working: the server bridges no connector and the site has a 5.5 "
        "server.");
    words.mitigations.push_back(upgrade_again_text(context, evaluation));
    return words;
}

}  // namespace

namespace rules {
extern const Rule backout_misreports_version{
    "backout-misreports-version", Severity::low, "documented for 4.0 -> 5.5; inferred for 4.0 -> 5.0",
    "A backed-out non-bridgehead would show as 5.5 in the Administrator program",
    {"Q195908"}, RuleFamily::backout, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
