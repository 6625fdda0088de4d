#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/finding_text.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// How bad a finding is; ordered so that `a < b` means a is less severe.
enum class Severity : std::uint8_t { info, low, medium, high, critical };

/// Whether a KB article states the outcome (documented) or we reason our way to it (inferred).
enum class Confidence : std::uint8_t { documented, inferred };

std::string_view to_string(Severity severity);
std::string_view to_string(Confidence confidence);
std::optional<Severity> parse_severity(std::string_view text);

/// A precondition of the Q195908 recovery, checked against the inventory.
struct Prerequisite {
    Text id;  ///< e.g. "prereq-directory-backup".
    bool satisfied = false;
    Text reason;  ///< Why it is (or is not) satisfied, with the names involved.
};

/// A way to avoid or reduce an exposure.
struct Mitigation {
    Text id;    ///< e.g. "move-bridgehead", "upgrade-bridgehead-first".
    Text text;  ///< One or two plain sentences with the real names.
    std::vector<Text> kb;
};

/// How many of the sites cut off a finding names. The far side of a bridgehead at the edge of
/// the replication tree can be nearly the whole organization; listing every site in every
/// finding would make the reports grow with findings x sites.
inline constexpr std::size_t kSitesNamed = 50;

/// What breaks when a bridgehead's replication connectors stop (Q169653 transitivity).
struct Impact {
    /// The sites cut off, as spelled in the inventory and sorted: all of them when there are at
    /// most kSitesNamed, otherwise the kSitesNamed nearest to the stopped connectors.
    std::vector<Text> sites_cut_off;
    std::uint64_t sites_cut_off_count = 0;  ///< Every site cut off, named or not.
    std::uint64_t servers_cut_off = 0;
    std::uint64_t mailboxes_cut_off = 0;
    std::vector<Text> connectors;  ///< The replication connectors that stop.
};

/// "D and E", or for a long list "A, B, ..., Z and 120 more sites"; each name passed through
/// `spell` when given (a report's escaping).
std::string sites_cut_off_text(const Impact& impact,
                               std::string (*spell)(std::string_view) = nullptr);

/// One result of one rule: data only, never formatted here. Its words are Text: they live in
/// the analysis' TextStore (AnalysisResult::text) or in static storage.
struct Finding {
    Text rule;
    Severity severity = Severity::info;
    Confidence confidence = Confidence::documented;
    Text title;  ///< One plain sentence naming the subject.
    // 32 bits each, as in the simulation: an inventory has far fewer elements
    // (inventory/input_limits.h), and findings are the bulk of a large run's memory.
    std::optional<std::uint32_t> server;  ///< A ServerId.
    std::optional<std::uint32_t> site;    ///< A SiteId.
    std::optional<std::uint32_t> wave;    ///< Index into the rollout's waves.
    std::vector<Text> connectors;     ///< Connector names the finding is about.
    std::vector<Text> kb;             ///< Article ids, e.g. "Q195908".
    inventory::SourceLocation location;  ///< Where in the inventory the subject is declared.
    std::vector<Text> evidence;          ///< The facts from the inventory that led here.
    /// Critical findings only; shared, since an Impact is a quarter of a Finding's size and
    /// most findings have none.
    std::shared_ptr<const Impact> impact;
    std::vector<Prerequisite> prerequisites;
    std::vector<Mitigation> mitigations;
};

/// A stable identity for a finding across runs, for baselines and SARIF: the rule plus its
/// subject (site, server and connector names, case-folded), never the wave or wording.
std::string fingerprint(const Finding& finding, const inventory::Inventory& inventory);

/// Sorts findings into the one order every report uses: severity (worst first), then wave,
/// site, server, rule, title.
void sort_findings(std::vector<Finding>& findings, const inventory::Inventory& inventory);

}  // namespace upgrade_risk::analyzer
