#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/finding.h"
#include "analyzer/simulation.h"
#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// What every rule reads: the inventory, the options, and the analyses built once for all;
/// and where it keeps the words of its findings (the one thing a rule adds to).
struct RuleContext {
    const inventory::Inventory& inventory;
    const AnalysisOptions& options;
    const Topology& topology;
    const RolloutSimulation& simulation;
    TextStore& text;

    /// The wave's name, or "" without a rollout.
    std::string_view wave_name(const UpgradeEvaluation& evaluation) const;
    /// "in Wave 2" or, without a rollout (each server judged as the next to go), "to 5.5".
    std::string moment(const UpgradeEvaluation& evaluation) const;
    /// The server's name as first spelled.
    const std::string& server_name(inventory::ServerId server) const;
    /// The name of the server's site.
    const std::string& site_name_of(inventory::ServerId server) const;
    /// "A, B and C": the servers' names, joined.
    std::string server_names(std::span<const inventory::ServerId> servers) const;
    /// "DRC-A and DRC-B": the replication connectors' names, joined.
    std::string connector_names(std::span<const ConnectorId> connectors) const;
};

/// Where rules put their findings; a rule never formats output.
class FindingSink {
public:
    /// Room for about `count` findings (a finding is large: growing by doubling moved them all).
    void reserve(std::size_t count) { findings_.reserve(count); }
    void emit(Finding&& finding) { findings_.push_back(std::move(finding)); }
    std::vector<Finding> take() { return std::move(findings_); }

private:
    std::vector<Finding> findings_;
};

/// A rule's check: reads the context, emits findings.
using RuleCheck = void (*)(const RuleContext&, FindingSink&);

/// One built-in rule as `upgrade-risk rules` lists it.
struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view confidence;  ///< When it is documented and when inferred, in a few words.
    std::string_view summary;     ///< One line.
    RuleCheck check;
};

/// Every built-in rule, in the order `upgrade-risk rules` lists them (an explicit list).
const std::vector<Rule>& register_builtin_rules();

/// The rule called `id`, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace upgrade_risk::analyzer
