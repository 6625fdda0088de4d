#include "tests/perf/inventory_writer.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "inventory/product_level.h"
#include "inventory/timestamp.h"
#include "tests/perf/synthetic_organization.h"
#include "tests/perf/xml_stream.h"

namespace upgrade_risk::perf {
namespace {

using inventory::ProductLevel;
using inventory::Version;

constexpr std::int64_t kCaptured = 924598800;        // 1999-04-20T09:00:00Z
constexpr std::int64_t kFirstWave = 924638400;       // 1999-04-20T20:00:00Z
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;
constexpr ProductLevel kTarget{Version::v5_5, 2};
constexpr std::uint8_t kNotInRollout = 0xff;

/// A server's version today; sites still without 5.5 (one in twenty) draw 4.0 and 5.0 only.
ProductLevel draw_level(Random& random, bool site_without_5_5) {
    const auto roll = random.below(site_without_5_5 ? 60 : 100);
    if (roll < 45) {
        // One 4.0 server in ten is still below SP2 (the Q156063 upgrade-order case).
        const int sp = random.percent(10) ? static_cast<int>(random.below(2))
                                          : 2 + static_cast<int>(random.below(4));
        return {Version::v4_0, sp};
    }
    if (roll < 60) return {Version::v5_0, static_cast<int>(random.below(3))};
    return {Version::v5_5, static_cast<int>(random.below(5))};
}

/// Writes the organization and remembers, per server, the wave that upgrades it.
class Writer {
public:
    Writer(const GeneratorOptions& options, XmlStream& xml)
        : options_(options), xml_(xml), random_(options.seed) {
        org_ = plan_organization(options.servers, options.sites, profile_, random_);
        waves_ = std::clamp<std::size_t>(options.servers / 50, 1, 20);
        wave_of_.assign(options.servers, kNotInRollout);
        to_5_0_.assign(options.servers, false);
    }

    void write() {
        xml_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<inventory";
        xml_.attribute("format", 1).attribute("captured", inventory::format_utc(kCaptured));
        xml_ << " source=\"upgrade-risk-gen --servers " << options_.servers << " --sites "
             << org_.site_count() << " --seed " << static_cast<long long>(options_.seed);
        if (profile_.name != generator_profiles().front().name) xml_ << " --profile " << profile_.name;
        xml_ << "\">\n  <organization name=\"Synthetic &amp; Co\">\n";
        for (std::size_t site = 0; site < org_.site_count(); ++site) write_site(site);
        write_connectors();
        xml_ << "  </organization>\n";
        write_media();
        write_rollout();
        xml_ << "</inventory>\n";
    }

private:
    [[nodiscard]] std::string site(std::size_t index) const {
        return site_name(index, profile_.name_length);
    }
    [[nodiscard]] std::string server(std::size_t index) const {
        return server_name(index, profile_.name_length);
    }

    void write_site(std::size_t site) {
        xml_ << "    <site";
        xml_.attribute("name", this->site(site));
        if (site % 7 == 0) xml_.attribute("description", "Regional office " + this->site(site));
        xml_ << ">\n";
        const std::size_t without_5_5 = profile_.one_site_without_5_5_in;
        const std::size_t first = org_.first_server[site];
        const std::size_t last = first + org_.site_sizes[site] - 1;
        for (std::size_t server = first; server <= last; ++server) {
            ProductLevel level = draw_level(random_, without_5_5 != 0 && site % without_5_5 == 3);
            if (without_5_5 == 0 && server == last && server != first) {
                level = {Version::v5_5, static_cast<int>(random_.below(5))};
            } else if (profile_.only_bridgeheads_run_4_0) {
                const bool bridgehead = server == org_.uplink_bridgehead(site) ||
                                        server == org_.downlink_bridgehead(site);
                level = bridgehead ? ProductLevel{Version::v4_0, 2 + static_cast<int>(random_.below(4))}
                                   : ProductLevel{random_.percent(50) ? Version::v5_0 : Version::v5_5,
                                                  static_cast<int>(random_.below(3))};
            }
            write_server(server, level);
        }
        xml_ << "    </site>\n";
    }

    void write_server(std::size_t server, ProductLevel level) {
        const std::string name = this->server(server);
        xml_ << "      <server";
        xml_.attribute("name", name).attribute("version", inventory::to_string(level.version));
        if (level.service_pack > 0) xml_.attribute("service-pack", level.service_pack);
        if (random_.percent(50)) xml_.attribute("build", *inventory::build_number(level));
        xml_.attribute("mailboxes", static_cast<long long>(random_.below(2000)));

        // Nineteen in twenty servers below the target take part in the rollout (standard).
        if (level < kTarget && random_.percent(profile_.percent_of_older_servers_upgraded)) {
            wave_of_[server] = static_cast<std::uint8_t>(random_.below(waves_));
            // A few 4.0 servers go to 5.0 only (the inferred-confidence cases).
            to_5_0_[server] = level.version == Version::v4_0 && random_.percent(2);
        }
        // Planners back up what they upgrade: one planned server in fifty lacks a backup
        // (standard; the loader warns about each); servers left alone are backed up less often.
        const bool planned = wave_of_[server] != kNotInRollout;
        const bool backed_up = planned ? random_.percent(100 - profile_.percent_of_planned_without_backup)
                               : level.version == Version::v5_5 ? random_.percent(30)
                                                                : random_.percent(85);
        if (!backed_up) {
            xml_ << "/>\n";
            return;
        }
        xml_ << ">\n";
        // Backups exist only up to the day the inventory was captured; one in ten is stale
        // (three days old, standard), and some servers also keep a two-month-old one.
        if (random_.percent(5)) write_backup(name, kCaptured - 60 * kDay, "offline", true);
        const bool stale = random_.percent(profile_.percent_of_backups_stale);
        const std::int64_t taken = kCaptured - 2 * kHour - (stale ? 3 * kDay : 0);
        write_backup(name, taken, random_.percent(80) ? "offline" : "online",
                     random_.percent(70));
        xml_ << "      </server>\n";
    }

    void write_backup(const std::string& server, std::int64_t taken, std::string_view type,
                      bool verified) {
        // The warnings profile's clock was wrong: every backup a few hours after the capture.
        if (profile_.dates_after_capture) {
            taken = kCaptured + kHour + static_cast<std::int64_t>(random_.below(6 * kHour));
        }
        xml_ << "        <backup";
        xml_.attribute("taken", inventory::format_utc(taken)).attribute("type", type);
        xml_.attribute("verified", verified ? "true" : "false");
        xml_ << " location=\"\\\\backup\\" << server << "\\dir.edb\"/>\n";
    }

    void write_endpoint(std::string_view element, std::size_t site, std::size_t server) {
        xml_ << "      <" << element;
        xml_.attribute("site", this->site(site)).attribute("server", this->server(server));
        xml_ << "/>\n";
    }

    void write_connectors() {
        // A messaging route along every DRC (one in a thousand missing: the
        // replication-without-mail-route case), then extra routes between random sites.
        for (std::size_t site = 0; site < org_.site_count(); ++site) {
            const std::size_t parent = org_.drc_parent[site];
            if (parent == SyntheticOrganization::kNoParent || site % 1000 == 500) continue;
            xml_ << "    <messaging-connector name=\"MC " << this->site(parent) << "-"
                 << this->site(site) << "\" type=\"" << (site % 3 == 0 ? "site" : "x400")
                 << "\">\n";
            write_endpoint("endpoint", parent, org_.downlink_bridgehead(parent));
            write_endpoint("endpoint", site, org_.uplink_bridgehead(site));
            xml_ << "    </messaging-connector>\n";
        }
        for (std::size_t i = 0; i < org_.extra_routes.size(); ++i) {
            const auto [a, b] = org_.extra_routes[i];
            xml_ << "    <messaging-connector name=\"Extra route " << i + 1 << "\" type=\""
                 << (i % 2 == 0 ? "internet-mail" : "dynamic-ras") << "\">\n";
            write_endpoint("endpoint", a, org_.first_server[a]);
            write_endpoint("endpoint", b, org_.first_server[b]);
            xml_ << "    </messaging-connector>\n";
        }
        for (std::size_t site = 0; site < org_.site_count(); ++site) {
            const std::size_t parent = org_.drc_parent[site];
            if (parent == SyntheticOrganization::kNoParent) continue;
            xml_ << "    <directory-replication-connector name=\"DRC " << this->site(parent)
                 << "-" << this->site(site) << "\">\n";
            write_endpoint("bridgehead", parent, org_.downlink_bridgehead(parent));
            write_endpoint("bridgehead", site, org_.uplink_bridgehead(site));
            xml_ << "    </directory-replication-connector>\n";
        }
        if (org_.duplicate_route) {
            const auto [a, b] = *org_.duplicate_route;
            xml_ << "    <directory-replication-connector name=\"DRC " << this->site(a) << "-"
                 << this->site(b) << " (duplicate route)\">\n";
            write_endpoint("bridgehead", a, org_.downlink_bridgehead(a));
            write_endpoint("bridgehead", b, org_.downlink_bridgehead(b));
            xml_ << "    </directory-replication-connector>\n";
        }
    }

    void write_media() {
        // No kit for 4.0 below SP2 or 5.0 below SP2: those servers miss `prereq-install-kit`.
        xml_ << "  <media>\n";
        const ProductLevel kits[] = {{Version::v4_0, 2}, {Version::v4_0, 3}, {Version::v4_0, 4},
                                     {Version::v4_0, 5}, {Version::v5_0, 2}, {Version::v5_5, 2}};
        for (const ProductLevel& kit : kits) {
            xml_ << "    <kit";
            xml_.attribute("version", inventory::to_string(kit.version));
            xml_.attribute("service-pack", kit.service_pack);
            if (kit.version == Version::v4_0 && kit.service_pack >= 3) {
                xml_.attribute("authrest", "true");
            }
            xml_ << " location=\"\\\\media\\exchange\\" << inventory::to_string(kit.version) << "sp"
                 << kit.service_pack << "\"/>\n";
        }
        xml_ << "  </media>\n";
    }

    void write_rollout() {
        std::vector<std::vector<std::size_t>> by_wave(waves_);
        for (std::size_t server = 0; server < wave_of_.size(); ++server) {
            if (wave_of_[server] != kNotInRollout) by_wave[wave_of_[server]].push_back(server);
        }
        xml_ << "  <rollout target-version=\"5.5\" target-service-pack=\"2\">\n";
        for (std::size_t wave = 0; wave < waves_; ++wave) {
            xml_ << "    <wave name=\"Wave " << wave + 1 << "\"";
            xml_.attribute("start", inventory::format_utc(wave_start(wave)));
            xml_ << ">\n";
            for (const std::size_t server : by_wave[wave]) write_upgrade(server);
            xml_ << "    </wave>\n";
        }
        xml_ << "  </rollout>\n";
    }

    /// Two days apart in document order, or (warnings profile) each before the one above it.
    [[nodiscard]] std::int64_t wave_start(std::size_t wave) const {
        const std::size_t step = profile_.dates_after_capture ? waves_ - 1 - wave : wave;
        return kFirstWave + static_cast<std::int64_t>(step) * 2 * kDay;
    }

    void write_upgrade(std::size_t server) {
        std::string name = this->server(server);
        // Names compare case-insensitively; a few references exercise that.
        if (random_.percent(3)) {
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        }
        xml_ << "      <upgrade";
        xml_.attribute("server", name);
        if (to_5_0_[server]) xml_.attribute("to-version", "5.0").attribute("to-service-pack", 2);
        xml_ << "/>\n";
    }

    const GeneratorOptions& options_;
    const GeneratorProfile& profile_ = options_.profile;
    XmlStream& xml_;
    Random random_;
    SyntheticOrganization org_;
    std::size_t waves_ = 1;
    std::vector<std::uint8_t> wave_of_;
    std::vector<bool> to_5_0_;
};

}  // namespace

bool write_synthetic_inventory(const GeneratorOptions& options, std::FILE* out) {
    GeneratorOptions resolved = options;
    if (resolved.sites == 0) {
        resolved.sites = std::max<std::size_t>(1, options.servers / options.profile.servers_per_site);
    }
    XmlStream xml(out);
    Writer(resolved, xml).write();
    return xml.flush();
}

}  // namespace upgrade_risk::perf
