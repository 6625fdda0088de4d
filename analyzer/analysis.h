#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis_options.h"
#include "analyzer/finding.h"
#include "analyzer/rule.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// The board's answer.
enum class Verdict { go, go_with_conditions, no_go };
/// Every verdict, the worst first: the order messages list them in.
inline constexpr std::array<Verdict, 3> kVerdictsWorstFirst = {Verdict::no_go, Verdict::go_with_conditions,
                                                               Verdict::go};

std::string_view to_string(Verdict verdict);  ///< "go", "go-with-conditions", "no-go".
/// The verdict called `text` (a name to_string gives), or nullopt.
std::optional<Verdict> parse_verdict(std::string_view text);

/// Everything the analysis concluded, and the facts it concluded it from; every report reads
/// this. It refers to the inventory, which must outlive it and stay where it is.
class AnalysisResult {
public:
    AnalysisResult(const inventory::Inventory& inventory, const AnalysisOptions& options);
    AnalysisResult(AnalysisResult&&) noexcept;
    AnalysisResult& operator=(AnalysisResult&&) noexcept;
    ~AnalysisResult();

    Verdict verdict = Verdict::go;
    std::string verdict_reason;     ///< One plain sentence.
    std::vector<Finding> findings;  ///< In the order every report uses (sort_findings).
    /// Findings per severity, indexed by static_cast<int>(Severity).
    std::array<std::size_t, 5> counts_by_severity{};

    /// The settings it was computed with.
    const AnalysisOptions& options() const;
    /// What the rules read: the inventory, the options, the topology and the simulation.
    const RuleContext& context() const;
    /// The finding in words, from its rule. Each report words every finding again; up to
    /// kWordsKeptAtMost findings the words of each are made once and kept, and every report
    /// reads the same words (a planner's organization writes five reports in a fraction of a
    /// second), above it made on every call (half a million findings' words would be most of a
    /// large run's memory).
    std::shared_ptr<const FindingWords> words(const Finding& finding) const;
    static constexpr std::size_t kWordsKeptAtMost = 10'000;
    /// Its title alone, for a table row.
    std::string title(const Finding& finding) const;

private:
    struct Model;  ///< The options, topology, simulation and the context over them.
    std::unique_ptr<const Model> model_;
    /// The kept words, by the finding's index in `findings` (see words()).
    mutable std::vector<std::shared_ptr<const FindingWords>> kept_words_;
};

/// Runs every registered rule over the inventory, which must outlive the result and stay where
/// it is (the result words its findings from it).
AnalysisResult analyze(const inventory::Inventory& inventory, const AnalysisOptions& options);
AnalysisResult analyze(const inventory::Inventory&& inventory, const AnalysisOptions&) = delete;

/// Sorts findings into the one order every report uses: severity (worst first), then wave,
/// site, server, rule, title.
void sort_findings(std::vector<Finding>& findings, const RuleContext& context);

}  // namespace upgrade_risk::analyzer
