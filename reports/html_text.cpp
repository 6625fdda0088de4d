#include "reports/html_text.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "analyzer/names.h"
#include "analyzer/rule.h"
#include "reports/kb_link.h"

namespace upgrade_risk::reports {

using analyzer::Severity;
using analyzer::Verdict;

namespace {

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

std::string verdict_next_step(Verdict verdict) {
    switch (verdict) {
        case Verdict::go:
            return "Next step: go ahead as planned, and tick the per-wave checklist before each "
                   "wave.";
        case Verdict::go_with_conditions:
            return "Next step: meet the conditions below (the findings and the per-wave "
                   "checklist) before each wave starts.";
        case Verdict::no_go: break;
    }
    // The prerequisites as the rules that check them name them.
    std::vector<std::string> prerequisites;
    for (const analyzer::Rule* rule : analyzer::builtin_rules()) {
        if (rule->prerequisite) prerequisites.emplace_back(rule->prerequisite->missing);
    }
    return "Next step: do not start. For each critical finding below, provide what its recovery "
           "lacks (the prerequisites marked NOT satisfied: " +
           analyzer::join_names(prerequisites) +
           "), or remove the exposure (move the bridgehead role to a 5.5 server of its site, or "
           "upgrade the bridgehead before the site's other servers); then run this analysis "
           "again.";
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

std::string css_string_content(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\'' || byte < 0x20) {
            // "\22 ": the space ends the escape, so a hex digit after it stays a character.
            out += '\\';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace upgrade_risk::reports
