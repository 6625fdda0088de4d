#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis_options.h"
#include "analyzer/finding.h"
#include "analyzer/simulation.h"
#include "analyzer/topology.h"
#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// What every rule reads, to check and to word its findings: the inventory, the options, and
/// the analyses built once for all. The analysis result keeps them, so findings are worded
/// from the same facts they were found in.
struct RuleContext {
    const inventory::Inventory& inventory;
    const AnalysisOptions& options;
    const Topology& topology;
    const RolloutSimulation& simulation;

    /// The upgrade a finding judged; the finding must have one.
    const UpgradeEvaluation& evaluation_of(const Finding& finding) const;
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
    /// "/o=Org/ou=Site/cn=Configuration/cn=Servers/cn=Server/cn=Microsoft DSA": the server's
    /// directory service, as event 1091 names it (Q195908).
    std::string directory_service_name(inventory::ServerId server) const;
    /// "DRC-A and DRC-B": the replication connectors' names, joined.
    std::string connector_names(std::span<const ConnectorId> connectors) const;
};

/// A finding in words, with the real names: what every report shows.
struct FindingWords {
    std::string title;  ///< One plain sentence naming the subject.
    std::vector<std::string> evidence;       ///< The facts from the inventory that led here.
    std::vector<std::string> prerequisites;  ///< Why each of finding.prerequisites is (not) met.
    std::vector<std::string> mitigations;    ///< The text of each of finding.mitigations.
};

class FindingSink;

/// A rule's check: reads the context, emits findings.
using RuleCheck = void (*)(const RuleContext&, FindingSink&);
/// How much of a finding to word: a table row or a sort needs only its title.
enum class Wording : std::uint8_t { title, all };

/// A rule's wording of one of its findings.
using RuleWords = FindingWords (*)(const Finding&, const RuleContext&, Wording);

/// Which part of the analysis a rule belongs to.
enum class RuleFamily : std::uint8_t {
    backout,       ///< An outcome of a failed upgrade and backout (Q195908): an exposed server.
    prerequisite,  ///< A recovery prerequisite missing for a critical exposure.
    topology,      ///< A fault of the connectors as listed.
    upgrade_order, ///< Waves in an order the KB warns against.
    rollout_step,  ///< A step the rollout takes that has a cost of its own: a bridgehead move.
    mixed_versions, ///< A state the rollout passes through, in which a site's versions clash.
};

/// What a prereq-* rule adds: the prerequisite it checks, named for people.
struct PrerequisiteRole {
    PrerequisiteKind kind;
    std::string_view label;    ///< "A 4.0 kit that carries Authrest.exe", in the runbook.
    std::string_view missing;  ///< "an Authrest.exe kit", in the verdict.
    /// Checks it for one critical exposure (the critical finding lists all of them).
    Prerequisite (*evaluate)(const RuleContext&, const UpgradeEvaluation&);
    /// Why it is met or not, with the names involved.
    std::string (*reason)(const Prerequisite&, const RuleContext&, const UpgradeEvaluation&);
};

/// One rule, the single owner of what it is: what `rules`, `explain`, SARIF and the findings
/// say of it all come from here. Each analyzer/rules/<id>.cpp defines one.
struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view confidence;  ///< When it is documented and when inferred, in a few words.
    std::string_view summary;     ///< One line.
    std::vector<std::string_view> kb;  ///< The articles its findings rest on, Q195908 first.
    RuleFamily family;
    RuleCheck check;
    RuleWords words;
    const PrerequisiteRole* prerequisite = nullptr;  ///< prereq-* rules only.
};

/// Where one rule puts its findings: it stamps each with that rule, so a rule cannot emit a
/// finding of another rule's id or severity. A rule never formats output.
class FindingSink {
public:
    FindingSink(const Rule& rule, std::vector<Finding>& findings)
        : rule_(rule), findings_(findings) {}
    void emit(Finding&& finding) {
        finding.rule = &rule_;
        findings_.push_back(std::move(finding));
    }

private:
    const Rule& rule_;
    std::vector<Finding>& findings_;
};

/// Every built-in rule, in the order `upgrade-risk rules` lists them (an explicit list).
const std::vector<const Rule*>& builtin_rules();

/// The rule called `id`, or nullptr.
const Rule* find_rule(std::string_view id);

/// The prereq-* rule that checks `kind`.
const Rule& rule_of(PrerequisiteKind kind);

/// The id (e.g. "move-bridgehead") and KB articles of a kind of mitigation.
std::string_view mitigation_id(MitigationKind kind);
const std::vector<std::string_view>& mitigation_kb(MitigationKind kind);

}  // namespace upgrade_risk::analyzer
