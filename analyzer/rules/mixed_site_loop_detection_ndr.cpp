#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/names.h"
#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::ProductLevel;
using inventory::ServerId;
using inventory::SiteId;
using inventory::Version;

/// Q185024 names a bridgehead on 5.0 SP2 or 5.5 ahead of its site. It says the 5.5 problem was
/// fixed in a later service pack without naming it; at the article's last revision (October 2000)
/// the latest was SP3, so SP1 and SP2 are inferred and SP3 on is taken as fixed.
std::optional<Confidence> loop_risk(const ProductLevel& level) {
    if (level.version == Version::v5_0) {
        return level.service_pack == 2 ? std::optional(Confidence::documented) : std::nullopt;
    }
    if (level.version != Version::v5_5) return std::nullopt;
    if (level.service_pack == 0) return Confidence::documented;
    if (level.service_pack < 3) return Confidence::inferred;
    return std::nullopt;
}

/// Every level, in order, as a small index: 4.0 SP0-SP5, 5.0 SP0-SP2, 5.5 SP0-SP4.
constexpr std::size_t kLevels = 14;
std::size_t level_index(const ProductLevel& level) {
    const std::size_t offset = level.version == Version::v4_0 ? 0 : level.version == Version::v5_0 ? 6 : 9;
    return offset + static_cast<std::size_t>(level.service_pack);
}

/// The levels of one site's servers as the rollout goes, as a count per level, so that "is a
/// server below the bridgehead" costs the same in a site of 5 servers or 5,000.
using LevelCounts = std::array<std::uint32_t, kLevels>;

/// The levels a bridgehead at `level` is ahead of, as indexes below the returned one: every
/// earlier version, and for 5.0 SP2 the earlier 5.0 service packs too (the article's own
/// example). A 5.5 server is never behind a 5.5 bridgehead: the article speaks of an earlier
/// version, and every 5.5 carries the same transfer agent change.
std::size_t behind_bound(const ProductLevel& level) {
    return level.version == Version::v5_5 ? level_index({Version::v5_5, 0}) : level_index(level);
}

bool is_behind(const ProductLevel& server, const ProductLevel& bridgehead) {
    return level_index(server) < behind_bound(bridgehead);
}

bool any_below(const LevelCounts& counts, const ProductLevel& level) {
    const std::size_t bound = behind_bound(level);
    for (std::size_t i = 0; i < bound; ++i) {
        if (counts[i] > 0) return true;
    }
    return false;
}

/// The servers of each site that route mail for it: the servers named at its ends of messaging
/// connectors. Directory replication bridgeheads are asked of the roles at each moment.
std::vector<std::vector<ServerId>> mail_bridgeheads(const inventory::Inventory& inventory) {
    std::vector<std::vector<ServerId>> servers(inventory.sites.size());
    for (const auto& connector : inventory.messaging_connectors) {
        for (const auto& end : connector.endpoints) {
            auto& list = servers[end.site];
            if (end.server && std::find(list.begin(), list.end(), *end.server) == list.end()) {
                list.push_back(*end.server);
            }
        }
    }
    return servers;
}

/// Walks the rollout wave by wave, keeping each site's level counts; a finding per site for the
/// first stretch of waves after which a bridgehead at risk runs a later level than another
/// server of its site. Sites already in that state before the rollout are not its doing.
class LoopCheck {
public:
    LoopCheck(const RuleContext& context, FindingSink& sink)
        : context_(context), sink_(sink), mail_(mail_bridgeheads(context.inventory)),
          level_(context.inventory.servers.size()), counts_(context.inventory.sites.size(), LevelCounts{}),
          open_(context.inventory.sites.size()), done_(context.inventory.sites.size(), 0) {
        for (ServerId id = 0; id < level_.size(); ++id) {
            level_[id] = context.inventory.servers[id].level;
            ++counts_[context.inventory.servers[id].site][level_index(level_[id])];
        }
        for (SiteId site = 0; site < counts_.size(); ++site) {
            if (bridgehead_at_risk(site, std::nullopt)) done_[site] = 1;
        }
    }

    void run() {
        const auto& waves = context_.inventory.rollout->waves;
        std::vector<SiteId> touched;
        for (std::size_t w = 0; w < waves.size(); ++w) {
            touched.clear();
            for (const auto& move : waves[w].moves) {
                touched.push_back(context_.inventory.servers[move.to].site);
            }
            for (const auto& upgrade : waves[w].upgrades) {
                const SiteId site = context_.inventory.servers[upgrade.server].site;
                --counts_[site][level_index(level_[upgrade.server])];
                level_[upgrade.server] = upgrade.to;
                ++counts_[site][level_index(upgrade.to)];
                touched.push_back(site);
            }
            std::sort(touched.begin(), touched.end());
            touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
            for (const SiteId site : touched) judge(site, w);
        }
        for (SiteId site = 0; site < open_.size(); ++site) {
            if (open_[site]) sink_.emit(std::move(*open_[site]));
        }
    }

private:
    /// The first bridgehead of `site` at risk with a server of the site below it, after `wave`.
    std::optional<ServerId> bridgehead_at_risk(SiteId site, std::optional<std::size_t> wave) const {
        const auto at_risk = [&](ServerId server) {
            return loop_risk(level_[server]) && any_below(counts_[site], level_[server]);
        };
        for (const ConnectorId id : context_.topology.site_connectors(site)) {
            const auto& ends = context_.inventory.replication_connectors[id].bridgeheads;
            for (std::size_t end = 0; end < ends.size(); ++end) {
                if (ends[end].site != site) continue;
                const ServerId server = context_.simulation.roles().bridgehead(id, end, wave);
                if (at_risk(server)) return server;
            }
        }
        for (const ServerId server : mail_[site]) {
            if (at_risk(server)) return server;
        }
        return std::nullopt;
    }

    void judge(SiteId site, std::size_t wave) {
        if (done_[site]) return;
        const auto bridgehead = bridgehead_at_risk(site, wave);
        if (open_[site]) {
            if (bridgehead) return;  // still in the state
            open_[site]->until_wave = static_cast<std::uint32_t>(wave);
            sink_.emit(std::move(*open_[site]));
            open_[site].reset();
            done_[site] = 1;
            return;
        }
        if (!bridgehead) return;
        Finding finding;
        finding.confidence = *loop_risk(level_[*bridgehead]);
        finding.server = static_cast<std::uint32_t>(*bridgehead);
        finding.site = static_cast<std::uint32_t>(site);
        finding.wave = static_cast<std::uint32_t>(wave);
        const UpgradeEvaluation* own = context_.simulation.upgrade_of(*bridgehead);
        if (own && own->wave == wave) {
            finding.evaluation = static_cast<std::uint32_t>(own - context_.simulation.evaluations().data());
        }
        finding.location = context_.inventory.servers[*bridgehead].source;
        finding.mitigations = {Mitigation{MitigationKind::upgrade_site_together},
                               Mitigation{MitigationKind::fixed_service_pack}};
        open_[site] = std::move(finding);
    }

    const RuleContext& context_;
    FindingSink& sink_;
    std::vector<std::vector<ServerId>> mail_;
    std::vector<ProductLevel> level_;
    std::vector<LevelCounts> counts_;
    std::vector<std::optional<Finding>> open_;
    std::vector<char> done_;
};

void check(const RuleContext& context, FindingSink& sink) {
    if (!context.inventory.rollout) return;
    LoopCheck(context, sink).run();
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    const auto& waves = context.inventory.rollout->waves;
    const ServerId bridgehead = *finding.server;
    const std::string& name = context.server_name(bridgehead);
    const std::string& site = context.inventory.sites[*finding.site].name;
    const std::string& from = waves[*finding.wave].name;
    const ProductLevel level = context.simulation.level_after(context.inventory, bridgehead, *finding.wave);
    const std::string level_text = inventory::to_string(level);
    const std::string until =
        finding.until_wave ? concat({"until ", waves[*finding.until_wave].name})
                           : std::string("until after the rollout");
    FindingWords words;
    words.title = concat({"From ", from, " ", until, ", mail in site ", site,
                          " can bounce with loop-detection reports: bridgehead ", name, " runs ",
                          level_text, " while other servers of the site run an earlier version."});
    if (wording == Wording::title) return words;

    std::vector<ServerId> behind;
    std::size_t behind_count = 0;
    for (const ServerId server : context.inventory.sites[*finding.site].servers) {
        if (is_behind(context.simulation.level_after(context.inventory, server, *finding.wave), level)) {
            if (behind.size() < 3) behind.push_back(server);
            ++behind_count;
        }
    }
    std::string behind_text = context.server_names(behind);
    if (behind_count > behind.size()) behind_text += concat({" and ", count_of(behind_count - behind.size(), "more server")});
    const UpgradeEvaluation* own = finding.evaluation ? &context.evaluation_of(finding) : nullptr;
    words.evidence = {
        concat({name, own ? concat({" goes to ", level_text, " in ", from})
                          : concat({" holds a bridgehead role of the site from ", from, " and runs ", level_text}),
                ", and routes the site's mail to other sites."}),
        concat({"After ", from, ", ", behind_text, " of site ", site, " still ",
                behind_count == 1 ? "runs" : "run", " an earlier version."}),
        finding.until_wave
            ? concat({"The state lasts until ", waves[*finding.until_wave].name,
                      ", when no server of the site is behind a bridgehead at risk any more."})
            : std::string("The rollout leaves the site in that state when it ends."),
        "The reports reach senders on the Exchange 4.0 client who address a user of their own server "
        "by an MS Mail or SMTP proxy address (from a personal address book, or typed); recipients "
        "chosen from the Global Address List are not affected (Q185024)."};
    if (finding.confidence == Confidence::inferred) {
        words.evidence.emplace_back(concat(
            {"Q185024 says the 5.5 problem was fixed in a later service pack without naming it; the "
             "latest at its last revision was SP3, so for ", level_text, " this is inferred."}));
    }
    words.mitigations = {
        concat({"Upgrade ", behind_text, " in ", from, " with ", name, ", or ", name,
                " in the wave of the site's last upgrade, so that no wave ends with the bridgehead "
                "ahead of the site (where a server of the site runs 4.0 below SP2, upgrade them "
                "together rather than the bridgehead last: Q156063)."}),
        concat({"Or take ", name, " to 5.5 SP3 or later, which carries the fix; until the site has "
                "caught up, ask its Exchange 4.0 client users to pick recipients from the Global "
                "Address List (Q185024)."})};
    return words;
}

}  // namespace

namespace rules {
extern const Rule mixed_site_loop_detection_ndr{
    "mixed-site-loop-detection-ndr", Severity::medium,
    "documented for a bridgehead on 5.0 SP2 or 5.5; inferred for 5.5 SP1 and SP2",
    "A bridgehead ahead of its site's other servers returns loop-detection reports", {"Q185024"},
    RuleFamily::mixed_versions, check, words, nullptr};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
