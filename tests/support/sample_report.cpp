#include "tests/support/sample_report.h"

#include "reports/baseline.h"

namespace upgrade_risk::testing {

using analyzer::Confidence;
using analyzer::Finding;
using analyzer::Severity;

namespace {

inventory::Inventory make_inventory() {
    inventory::Inventory inv;
    inv.path = "plans/org inventory.xml";
    inv.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    inv.organization.name = "Contoso | Europe";
    inv.sites = {{"Redmond", "", {0, 1}, {4, 5}},
                 {"Paris, \"Left Bank\" | R&D", "", {2}, {9, 5}},
                 {"@Lab *beta*", "", {3}, {12, 5}}};
    inv.servers = {{"SERVERA", 0, {inventory::Version::v4_0, 4}, {}, 420, {}, {5, 7}},
                   {"SERVERB", 0, {inventory::Version::v5_5, 1}, {}, 380, {}, {7, 7}},
                   {"-EVIL=1+1", 1, {inventory::Version::v4_0, 4}, {}, 150, {}, {10, 7}},
                   {"SERVER_D_[x]", 2, {inventory::Version::v4_0, 4}, {}, 10, {}, {13, 7}}};
    inventory::Rollout rollout;
    rollout.waves.push_back(inventory::Wave{"Wave 1 <night>", {}, {}, {30, 5}});
    inv.rollout = rollout;
    return inv;
}

std::vector<Finding> make_findings() {
    Finding bridgehead;
    bridgehead.rule = "backout-breaks-intersite-replication";
    bridgehead.severity = Severity::critical;
    bridgehead.title = "A failed backout of SERVERA would stop replication through Redmond-Paris DRC";
    bridgehead.server = 0;
    bridgehead.site = 0;
    bridgehead.wave = 0;
    bridgehead.connectors = {"Redmond-Paris DRC"};
    bridgehead.kb = {"Q195908", "Q169653"};
    bridgehead.location = {5, 7};
    bridgehead.evidence = {"SERVERA bridges Redmond-Paris DRC", "SERVERB in Redmond already runs 5.5 SP1"};
    bridgehead.impact = analyzer::Impact{{"Paris, \"Left Bank\" | R&D"}, 1, 150, {"Redmond-Paris DRC"}};
    bridgehead.prerequisites = {{"prereq-directory-backup", true, "offline, verified backup of 4.0 SP4"},
                                {"prereq-authrest-kit", false, "no 4.0 kit with Authrest.exe, \"none\""},
                                {"prereq-install-kit", false, "no 4.0 SP4 kit"}};
    bridgehead.mitigations = {{"move-bridgehead", "Move the bridgehead role of Redmond-Paris DRC to SERVERB.",
                               {"Q254188"}}};

    Finding users;
    users.rule = "backout-blocks-user-creation";
    users.severity = Severity::high;
    users.confidence = Confidence::inferred;
    users.title = "=HYPERLINK(\"http://x\") users, then | pipes";
    users.server = 2;
    users.site = 1;
    users.wave = 0;
    users.kb = {"Q195908"};
    users.location = {10, 7};
    users.evidence = {"line one, with comma", "line two"};

    Finding island;
    island.rule = "topology-directory-island";
    island.severity = Severity::medium;
    island.title = "@Lab *beta* is joined to no other site";
    island.site = 2;
    island.kb = {"Q247032"};
    island.location = {12, 5};

    Finding misreport;
    misreport.rule = "backout-misreports-version";
    misreport.severity = Severity::low;
    misreport.title = "+SERVER_D_[x] would show as 5.5";
    misreport.server = 3;
    misreport.site = 2;
    misreport.kb = {"Q195908"};
    return {bridgehead, users, island, misreport};
}

}  // namespace

SampleReport make_sample_report() {
    SampleReport sample;
    sample.inventory = make_inventory();
    sample.result.verdict = analyzer::Verdict::no_go;
    sample.result.verdict_reason = "SERVERA lacks Authrest.exe & an install kit";
    sample.result.findings = make_findings();
    for (const Finding& finding : sample.result.findings) {
        ++sample.result.counts_by_severity[static_cast<std::size_t>(finding.severity)];
    }
    sample.context.tool_version = "9.9.9";
    sample.context.generated_epoch_seconds = 924598800;  // 1999-04-20T09:00:00Z
    return sample;
}

void add_sample_baseline(SampleReport& sample) {
    reports::Baseline baseline;
    baseline.path = "previous.json";
    baseline.generated = "1999-04-13T09:00:00Z";
    baseline.findings = {
        {analyzer::fingerprint(sample.result.findings[0], sample.inventory), "backout-breaks-intersite-replication",
         "critical", "old wording", "SERVERA", "Redmond", {"Q195908"}},
        {"topology-duplicate-replication-route|redmond||a,b", "topology-duplicate-replication-route", "high",
         "Redmond, Paris and | Lab form a replication cycle", "", "Redmond", {"Q247032"}}};
    sample.context.baseline = reports::compare_with_baseline(baseline, sample.result, sample.inventory);
}

}  // namespace upgrade_risk::testing
