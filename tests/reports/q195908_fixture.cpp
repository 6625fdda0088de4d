#include "tests/reports/q195908_fixture.h"

#include "inventory/timestamp.h"

namespace upgrade_risk::testing {

using analyzer::Confidence;
using analyzer::Finding;
using analyzer::Severity;
using namespace inventory;

namespace {

Server server(const std::string& name, SiteId site, Version version, int sp,
              std::uint64_t mailboxes, std::uint32_t line) {
    Server s;
    s.name = name;
    s.site = site;
    s.level = {version, sp};
    s.mailboxes = mailboxes;
    s.source = {line, 7};
    return s;
}

Timestamp at(const char* text) { return *parse_timestamp(text); }

void build_inventory(Inventory& inv, const FixtureNames& n) {
    inv.path = "inventory/examples/q195908.xml";
    inv.sha256 = "9f2c3b0d6a1e4f5c8b7a69d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4";
    inv.captured = at("1999-04-20T09:00:00Z");
    inv.source_tool = n.free_text;
    inv.organization.name = n.org;
    inv.sites = {Site{n.redmond, n.free_text, {0, 1, 2}, {4, 5}}, Site{n.paris, "", {3}, {11, 5}}};
    inv.servers = {server(n.server_a, 0, Version::v4_0, 4, 420, 5),
                   server(n.server_b, 0, Version::v5_5, 1, 380, 8),
                   server(n.server_c, 0, Version::v4_0, 4, 300, 9),
                   server(n.server_d, 1, Version::v4_0, 4, 150, 12)};
    inv.servers[0].build = 995;
    Backup backup;
    backup.taken = at("1999-04-19T22:00:00Z");
    backup.level = {Version::v4_0, 4};
    backup.verified = true;
    backup.location = n.backup_location;
    inv.servers[0].backups.push_back(backup);
    MessagingConnector x400;
    x400.name = n.x400;
    x400.type = MessagingConnectorType::x400;
    x400.endpoints = {Endpoint{0, 0, {}}, Endpoint{1, 3, {}}};
    inv.messaging_connectors.push_back(x400);
    DirectoryReplicationConnector drc;
    drc.name = n.drc;
    drc.bridgeheads = {Bridgehead{0, 0, {}}, Bridgehead{1, 3, {}}};
    inv.replication_connectors.push_back(drc);
    inv.has_media = true;
    inv.kits = {Kit{{Version::v4_0, 4}, true, n.kit_location, {}},
                Kit{{Version::v5_5, 2}, false, "\\\\media\\exchange\\55sp2", {}}};
    Rollout rollout;
    rollout.target = {Version::v5_5, 2};
    rollout.waves = {Wave{n.wave1, at("1999-04-21T20:00:00Z"), {Upgrade{0, {Version::v5_5, 2}, {}},
                                                               Upgrade{2, {Version::v5_5, 2}, {}}}, {}},
                     Wave{n.wave2, std::nullopt, {Upgrade{3, {Version::v5_5, 2}, {}}}, {}}};
    inv.rollout = rollout;
}

Finding finding(const char* rule, Severity severity, Confidence confidence, std::string title) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.confidence = confidence;
    f.title = std::move(title);
    return f;
}

std::vector<Finding> build_findings(const FixtureNames& n) {
    Finding critical = finding("backout-breaks-intersite-replication", Severity::critical,
                               Confidence::documented,
                               "A failed upgrade of " + n.server_a + " would stop replication with " +
                                   n.paris);
    critical.server = 0;
    critical.site = 0;
    critical.wave = 0;
    critical.connectors = {n.drc};
    critical.kb = {"Q195908", "Q169653"};
    critical.location = {5, 7};
    critical.evidence = {n.server_a + " runs 4.0 SP4 and is upgraded to 5.5 SP2 in " + n.wave1,
                         n.server_a + " is the " + n.redmond + " bridgehead of " + n.drc,
                         n.server_b + " in " + n.redmond + " already runs 5.5 SP1"};
    critical.impact = analyzer::Impact{{n.paris}, 1, 150, {n.drc}};
    critical.prerequisites = {
        {"prereq-directory-backup", true,
         "offline, verified backup taken 1999-04-19T22:00:00Z at 4.0 SP4, stored at " +
             n.backup_location},
        {"prereq-authrest-kit", true, "the 4.0 SP4 kit at " + n.kit_location + " has Authrest.exe"},
        {"prereq-install-kit", false, "no 4.0 SP4 kit listed for " + n.server_a + " (test case)"}};
    critical.mitigations = {
        {"move-bridgehead", "Move " + n.drc + "'s " + n.redmond + " bridgehead role to " + n.server_b +
                                " before " + n.wave1 + ", off-hours",
         {"Q254188"}},
        {"upgrade-bridgehead-first", "Upgrade " + n.server_a + " before any other " + n.redmond +
                                         " server reaches 5.5",
         {}}};

    Finding blocks = finding("backout-blocks-user-creation", Severity::high, Confidence::inferred,
                             "A failed upgrade of " + n.server_d + " would block new mailboxes in " +
                                 n.paris);
    blocks.server = 3;
    blocks.site = 1;
    blocks.wave = 1;
    blocks.kb = {"Q195908", "Q158336"};
    blocks.evidence = {"no server of " + n.paris + " runs 5.5 when " + n.wave2 + " starts"};

    Finding route = finding("topology-replication-without-mail-route", Severity::high,
                            Confidence::documented, n.drc + " has no messaging route");
    route.site = 0;
    route.connectors = {n.drc};
    route.kb = {"Q247032"};
    route.evidence = {"no chain of messaging connectors joins " + n.redmond + " and " + n.paris};

    Finding single = finding("backout-single-server-site", Severity::medium, Confidence::documented,
                             n.server_d + " is the only server of " + n.paris);
    single.server = 3;
    single.site = 1;
    single.wave = 1;
    single.kb = {"Q195908", "Q155789"};
    single.evidence = {n.paris + " has one server"};

    Finding low = finding("backout-misreports-version", Severity::low, Confidence::documented,
                          n.server_c + " would show as 5.5 after a backout");
    low.server = 2;
    low.site = 0;
    low.wave = 0;
    low.kb = {"Q195908"};
    low.evidence = {n.server_c + " is not a bridgehead"};
    return {critical, blocks, route, single, low};
}

}  // namespace

Q195908Fixture::Q195908Fixture(const FixtureNames& names) {
    build_inventory(inventory, names);
    result.findings = build_findings(names);
    analyzer::sort_findings(result.findings, inventory);
    for (const auto& f : result.findings) ++result.counts_by_severity[static_cast<int>(f.severity)];
    result.verdict = analyzer::Verdict::no_go;
    result.verdict_reason = "A failed upgrade of " + names.server_a + " in " + names.wave1 +
                            " would cut " + names.paris + " off from directory replication.";
    context.tool_version = "0.1.0";
    context.generated_epoch_seconds = 924652800;  // 1999-04-21T00:00:00Z
}

}  // namespace upgrade_risk::testing
