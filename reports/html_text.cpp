#include "reports/html_text.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "reports/kb_link.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using analyzer::Verdict;

namespace {

const std::map<std::string_view, std::vector<std::string_view>, std::less<>>& explanations() {
    static const std::map<std::string_view, std::vector<std::string_view>, std::less<>> text = {
        {"backout-breaks-intersite-replication",
         {"If this server's upgrade fails and you back out to 4.0, the rest of the organization "
          "still believes it runs 5.5: the upgrade already announced that, and directory "
          "backfill brings it back onto the restored server. Because another server of its "
          "site already runs 5.5, its directory then hands replication mail to the wrong "
          "component.",
          "Every directory replication connector it is the bridgehead of stops: the server "
          "logs events 1091 and 3139 and replication mail bounces. Servers inside the site keep "
          "replicating with each other, but the sites on the far side of those connectors stop "
          "receiving new mailboxes, moves and address changes, and their address books go "
          "stale.",
          "Recovery is possible but long and exacting (see the runbook below); avoiding the "
          "exposure before the change window is far cheaper."}},
        {"backout-blocks-user-creation",
         {"If this server's upgrade fails and you back out, the site's directory schema has "
          "already been updated for 5.5, but no server of the site runs 5.5 yet. Directory "
          "replication keeps working, yet nobody can create new mailboxes in the site: the "
          "schema expects the 5.5 proxy address generators.",
          "Fix it by upgrading again as soon as the cause of the failure is fixed, by "
          "installing a new 5.5 server in the site, or by setting the proxy generators' version "
          "values by hand (Q158336)."}},
        {"backout-misreports-version",
         {"If this server's upgrade fails and you back out, replication keeps working, but the "
          "Administrator program shows the server as 5.5 while it runs 4.0. It is not a "
          "bridgehead, so no connector stops.",
          "Upgrade it again soon, so that what the directory says matches what runs."}},
        {"backout-single-server-site",
         {"This server is the only one of its site. After a failed upgrade and backout it "
          "looks right from inside the site, but the rest of the organization sees it as 5.5.",
          "That lasts until its directory replication connector is deleted and created again, "
          "which removes everything that came through the connector and then replicates it "
          "all over again (Q155789, Q254188): plan for the traffic and the wait."}},
        {"prereq-directory-backup",
         {"The recovery from a failed upgrade of this server restores its directory (Dir.edb) "
          "from a backup taken at the version and service pack it runs now, and then makes the "
          "restored copy win with Authrest. Without such a backup there is nothing to restore.",
          "The backup must be recent: an authoritative restore throws away every directory "
          "change made since it was taken. Take an offline backup, verify it, and record it in "
          "the inventory before the wave starts (Q183266)."}},
        {"prereq-authrest-kit",
         {"The recovery runs Authrest.exe from a 4.0 kit on the restored server before its "
          "services start, so the restored directory objects win over the copies elsewhere "
          "(Q201414). No 4.0 kit with Authrest.exe is listed in the inventory.",
          "Put a 4.0 kit that carries Authrest.exe where the team can reach it during the "
          "change window, and list it in the inventory."}},
        {"prereq-install-kit",
         {"The recovery reinstalls Exchange at exactly the version and service pack the server "
          "runs before the upgrade. No kit of that level is listed in the inventory.",
          "Obtain the kit (and its service pack) before the wave starts, and list it in the "
          "inventory."}},
        {"topology-duplicate-replication-route",
         {"The directory replication connectors in the inventory form a loop. Exchange allows "
          "only one replication route between any two sites (Q247032), so the inventory is "
          "most likely wrong.",
          "Until the inventory is corrected, the figures for which sites a failure cuts off "
          "cannot be trusted."}},
        {"topology-replication-without-mail-route",
         {"A directory replication connector joins two sites that no chain of messaging "
          "connectors joins. Directory replication between sites travels as mail, so its "
          "messages have no way to arrive (Q247032).",
          "Check the inventory, or add the missing messaging connector before relying on this "
          "replication."}},
        {"topology-directory-island",
         {"Some sites are joined to the rest of the organization by no directory replication "
          "connector. They neither send nor receive directory updates, so their address books "
          "and the rest of the organization's do not know about each other.",
          "Check whether a connector is missing from the inventory or from the organization."}},
        {"upgrade-order-bridgehead-first",
         {"A server of this site runs 4.0 below Service Pack 2. When a site is not brought to "
          "4.0 SP2 first, its directory replication bridgeheads must be upgraded before its "
          "other servers (Q156063); the plan upgrades a non-bridgehead in an earlier wave.",
          "Directory replication with the site stops from that wave until the bridgehead is "
          "upgraded. Move the bridgehead into the earlier wave, or apply 4.0 SP2 to the whole "
          "site first."}},
    };
    return text;
}

const std::map<std::string_view, std::string_view, std::less<>>& kb_summaries() {
    static const std::map<std::string_view, std::string_view, std::less<>> text = {
        {"Q155789", "Deleting a directory replication connector, and what it removes"},
        {"Q156063", "Notes on moving from Exchange 4.0 to 5.0, including upgrade order"},
        {"Q158336", "Mailbox creation errors when proxy address generator versions are wrong"},
        {"Q158530", "Exchange 4.0 and 5.0 build numbers and service packs"},
        {"Q160850", "Directory changes blocked during backsync after a directory restore"},
        {"Q162353", "Recovering a server: names must match exactly, including case"},
        {"Q164564", "Installing 4.0 into a site that already has a newer server"},
        {"Q166349", "Exchange 5.5 build numbers and service packs"},
        {"Q169114", "Recovering a server: same organization, site, service account and password"},
        {"Q169638", "Where the directory hands intersite replication mail in 4.0, 5.0 and 5.5"},
        {"Q169653", "How directory replication passes updates on between sites"},
        {"Q179258", "Planning an upgrade from 4.0 or 5.0 to 5.5"},
        {"Q183266", "Restoring an offline backup of the directory and information store"},
        {"Q183405", "An error seen while running Authrest"},
        {"Q185024", "Loop-detection reports after upgrading only a site's bridgehead"},
        {"Q195908", "Backing out a failed 5.5 upgrade can stop directory replication between "
                    "sites (the fault this report predicts)"},
        {"Q195918", "Intersite replication falling behind when a bridgehead cannot keep up"},
        {"Q196406", "A restored server that fails to replicate and transfer mail"},
        {"Q201414", "Making a restored directory send its changes again with Authrest"},
        {"Q247032", "Rules for directory replication routes between sites"},
        {"Q254188", "Moving a directory replication connector to another bridgehead"},
    };
    return text;
}

}  // namespace

std::vector<std::string_view> rule_explanation(std::string_view rule) {
    const auto found = explanations().find(rule);
    return found == explanations().end() ? std::vector<std::string_view>{} : found->second;
}

std::optional<std::string_view> kb_summary(std::string_view kb_id) {
    const auto found = kb_summaries().find(kb_id);
    if (found == kb_summaries().end()) return std::nullopt;
    return found->second;
}

std::optional<std::string> kb_href(std::string_view kb_id) {
    const bool well_formed =
        kb_id.size() == 7 && kb_id[0] == 'Q' &&
        std::all_of(kb_id.begin() + 1, kb_id.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (!well_formed) return std::nullopt;
    return kb_url(kb_id);
}

std::string_view verdict_label(Verdict verdict) {
    switch (verdict) {
        case Verdict::go: return "GO";
        case Verdict::go_with_conditions: return "GO WITH CONDITIONS";
        case Verdict::no_go: return "NO-GO";
    }
    return "NO-GO";
}

std::string_view verdict_symbol(Verdict verdict) {
    switch (verdict) {
        case Verdict::go: return "\xE2\x9C\x93";                  // check mark
        case Verdict::go_with_conditions: return "\xE2\x9A\xA0";  // warning sign
        case Verdict::no_go: return "\xE2\x9C\x95";               // multiplication x
    }
    return "\xE2\x9C\x95";
}

std::string_view verdict_next_step(Verdict verdict) {
    switch (verdict) {
        case Verdict::go:
            return "Next step: go ahead as planned, and tick the per-wave checklist before each "
                   "wave.";
        case Verdict::go_with_conditions:
            return "Next step: meet the conditions below (the findings and the per-wave "
                   "checklist) before each wave starts.";
        case Verdict::no_go:
            return "Next step: do not start. For each critical finding below, provide what its "
                   "recovery lacks (the prerequisites marked NOT satisfied: a recent directory "
                   "backup, a 4.0 kit with Authrest.exe, an install kit of its level), or remove "
                   "the exposure (move the bridgehead role to a 5.5 server of its site, or "
                   "upgrade the bridgehead before the site's other servers); then run this "
                   "analysis again.";
    }
    return "";
}

std::string_view severity_symbol(Severity severity) {
    switch (severity) {
        case Severity::critical: return "\xE2\x96\xA0\xE2\x96\xA0";  // two squares
        case Severity::high: return "\xE2\x96\xB2";                  // triangle
        case Severity::medium: return "\xE2\x97\x86";                // diamond
        case Severity::low: return "\xE2\x97\x8F";                   // circle
        case Severity::info: return "\xE2\x97\x8B";                  // hollow circle
    }
    return "";
}

}  // namespace upgrade_risk::reports
