#include "analyzer/analysis.h"

#include <string>

#include "analyzer/names.h"

namespace upgrade_risk::analyzer {
namespace {

/// How the verdict names the missing prerequisites of a critical finding.
std::vector<std::string> missing_prerequisites(const Finding& finding) {
    std::vector<std::string> missing;
    for (const Prerequisite& prerequisite : finding.prerequisites) {
        if (!prerequisite.satisfied) {
            missing.emplace_back(rule_of(prerequisite.kind).prerequisite->missing);
        }
    }
    return missing;
}

void decide(AnalysisResult& result, const inventory::Inventory& inventory) {
    const auto count = [&](Severity s) { return result.counts_by_severity[static_cast<int>(s)]; };
    std::size_t unprepared = 0;
    const Finding* first = nullptr;
    for (const Finding& finding : result.findings) {
        if (finding.severity() != Severity::critical || missing_prerequisites(finding).empty()) continue;
        if (!first) first = &finding;
        ++unprepared;
    }
    if (first) {
        result.verdict = Verdict::no_go;
        std::string who = inventory.servers[*first->server].name;
        if (first->wave) who += " (" + inventory.rollout->waves[*first->wave].name + ")";
        const std::string missing = join_names(missing_prerequisites(*first));
        result.verdict_reason =
            unprepared == 1
                ? who + " would stop intersite directory replication if its upgrade failed and "
                        "was backed out, and the recovery lacks " + missing + "."
                : count_of(unprepared, "server") +
                      " would stop intersite directory replication if backed out, without their "
                      "recovery prerequisites; the first, " + who + ", lacks " + missing + ".";
        return;
    }
    const std::size_t serious = count(Severity::critical) + count(Severity::high);
    if (serious > 0) {
        result.verdict = Verdict::go_with_conditions;
        std::vector<std::string> parts;
        if (count(Severity::critical) > 0) parts.push_back(count_of(count(Severity::critical), "critical finding"));
        if (count(Severity::high) > 0) parts.push_back(count_of(count(Severity::high), "high finding"));
        result.verdict_reason = join_names(parts) + (serious == 1 ? " needs" : " need") +
                                " a fix or a signed-off risk before the rollout" +
                                (count(Severity::critical) > 0
                                     ? "; every critical exposure has its recovery prerequisites."
                                     : ".");
        return;
    }
    result.verdict = Verdict::go;
    const std::size_t rest = result.findings.size();
    result.verdict_reason = rest == 0 ? "No finding: no planned upgrade is exposed to the backout "
                                        "faults of Q195908 and the topology is sound."
                                      : "No critical or high finding; " +
                                            count_of(rest, "lower finding") + " to review.";
}

}  // namespace

struct AnalysisResult::Model {
    Model(const inventory::Inventory& inventory, const AnalysisOptions& settings)
        : options(settings), topology(inventory), simulation(inventory, topology),
          context{inventory, this->options, topology, simulation} {}

    const AnalysisOptions options;
    const Topology topology;
    const RolloutSimulation simulation;
    const RuleContext context;
};

AnalysisResult::AnalysisResult(const inventory::Inventory& inventory,
                               const AnalysisOptions& options)
    : model_(std::make_unique<const Model>(inventory, options)) {}
AnalysisResult::AnalysisResult(AnalysisResult&&) noexcept = default;
AnalysisResult& AnalysisResult::operator=(AnalysisResult&&) noexcept = default;
AnalysisResult::~AnalysisResult() = default;

const AnalysisOptions& AnalysisResult::options() const { return model_->options; }
const RuleContext& AnalysisResult::context() const { return model_->context; }

std::shared_ptr<const FindingWords> AnalysisResult::words(const Finding& finding) const {
    const auto word = [&] {
        return std::make_shared<const FindingWords>(finding.rule->words(finding, model_->context, Wording::all));
    };
    const bool ours = findings.data() <= &finding && &finding < findings.data() + findings.size();
    if (!ours || findings.size() > kWordsKeptAtMost) return word();
    kept_words_.resize(findings.size());
    std::shared_ptr<const FindingWords>& kept = kept_words_[static_cast<std::size_t>(&finding - findings.data())];
    if (!kept) kept = word();
    return kept;
}

std::string AnalysisResult::title(const Finding& finding) const {
    return std::move(finding.rule->words(finding, model_->context, Wording::title).title);
}

std::string_view to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::go: return "go";
        case Verdict::go_with_conditions: return "go-with-conditions";
        case Verdict::no_go: return "no-go";
    }
    return "go";
}

std::optional<Verdict> parse_verdict(std::string_view text) {
    for (const Verdict verdict : kVerdictsWorstFirst) {
        if (to_string(verdict) == text) return verdict;
    }
    return std::nullopt;
}

AnalysisResult analyze(const inventory::Inventory& inventory, const AnalysisOptions& options) {
    AnalysisResult result(inventory, options);
    const RuleContext& context = result.context();
    // Most evaluated upgrades give a backout finding, some a second one.
    const std::size_t evaluations = context.simulation.evaluations().size();
    result.findings.reserve(evaluations + evaluations / 4 + 16);
    for (const Rule* rule : builtin_rules()) {
        FindingSink sink(*rule, result.findings);
        rule->check(context, sink);
    }
    sort_findings(result.findings, context);
    for (const Finding& finding : result.findings) {
        ++result.counts_by_severity[static_cast<int>(finding.severity())];
    }
    decide(result, inventory);
    return result;
}

}  // namespace upgrade_risk::analyzer
