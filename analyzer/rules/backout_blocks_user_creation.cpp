#include "analyzer/exposure.h"
#include "analyzer/mitigations.h"
#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

void check(const RuleContext& context, FindingSink& sink) {
    for (const UpgradeEvaluation& evaluation : context.simulation.evaluations()) {
        if (!evaluation.exposed()) continue;
        // Q195908 states this outcome for a bridgehead; the schema reasoning holds for any
        // server of the site, so for the others it is inferred. A bridgehead with a same-wave
        // peer is judged critical instead (the worse case); any other server may still be the
        // site's first on 5.5.
        const bool bridgehead = !context.simulation.bridged_by(evaluation).empty();
        if ((bridgehead ? evaluation.peers_on_5_5 : evaluation.peers_before_wave) > 0) continue;
        const Confidence confidence = bridgehead ? evaluation.confidence() : Confidence::inferred;
        Finding finding = backout_finding(context, evaluation, confidence);
        finding.mitigations = restore_user_creation();
        sink.emit(std::move(finding));
    }
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const UpgradeEvaluation& evaluation = context.evaluation_of(finding);
    FindingWords words;
    words.title = concat({"If ", upgrade_phrase(context, evaluation),
                          " fails and is backed out, no new users can be created in site ",
                          context.site_name_of(evaluation.server), "."});
    if (wording == Wording::title) return words;
    words.evidence = backout_evidence(context, evaluation, 1);
    words.evidence.push_back(concat(
        {"The upgrade changes the site's directory schema, which then expects ",
         inventory::to_string(evaluation.to.version),
         " proxy address generators that a backed-out 4.0 server does not have."}));
    for (const Mitigation& mitigation : finding.mitigations) {
        words.mitigations.push_back(restore_user_creation_text(context, evaluation, mitigation.kind));
    }
    return words;
}

}  // namespace

namespace rules {
extern const Rule backout_blocks_user_creation{
    "backout-blocks-user-creation", Severity::high,
    "documented for a bridgehead going 4.0 -> 5.5; inferred for other servers and for 4.0 -> 5.0",
    "A backout in a site with no 5.5 server would block creating users there",
    {"Q195908", "Q158336"}, RuleFamily::backout, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
