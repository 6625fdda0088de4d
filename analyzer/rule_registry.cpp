#include <algorithm>

#include "analyzer/rule_context.h"
#include "analyzer/rules/backout_blocks_user_creation.h"
#include "analyzer/rules/backout_breaks_intersite_replication.h"
#include "analyzer/rules/backout_misreports_version.h"
#include "analyzer/rules/backout_single_server_site.h"
#include "analyzer/rules/prereq_authrest_kit.h"
#include "analyzer/rules/prereq_directory_backup.h"
#include "analyzer/rules/prereq_install_kit.h"
#include "analyzer/rules/topology_directory_island.h"
#include "analyzer/rules/topology_duplicate_replication_route.h"
#include "analyzer/rules/topology_replication_without_mail_route.h"
#include "analyzer/rules/upgrade_order_bridgehead_first.h"

namespace upgrade_risk::analyzer {

const std::vector<Rule>& register_builtin_rules() {
    // Adding a rule: write analyzer/rules/<name>.{h,cpp} and docs/rules/<id>.md, list it here.
    static const std::vector<Rule> rules = {
        {"backout-breaks-intersite-replication", Severity::critical,
         "documented; inferred for 4.0 -> 5.0",
         "A bridgehead whose failed upgrade and backout would stop intersite replication",
         check_backout_breaks_intersite_replication},
        {"backout-blocks-user-creation", Severity::high,
         "documented for bridgeheads; inferred otherwise and for 4.0 -> 5.0",
         "A backout in a site with no 5.5 server would block creating users there",
         check_backout_blocks_user_creation},
        {"backout-single-server-site", Severity::medium, "documented; inferred for 4.0 -> 5.0",
         "A backed-out single-server site shows as 5.5 until its connector is re-created",
         check_backout_single_server_site},
        {"backout-misreports-version", Severity::low, "documented; inferred for 4.0 -> 5.0",
         "A backed-out non-bridgehead would show as 5.5 in the Administrator program",
         check_backout_misreports_version},
        {"prereq-directory-backup", Severity::high, "documented; inferred for 4.0 -> 5.0",
         "A critical exposure without a recent Dir.edb backup at the server's current level",
         check_prereq_directory_backup},
        {"prereq-authrest-kit", Severity::high, "documented; inferred for 4.0 -> 5.0",
         "A critical exposure without a 4.0 kit that carries Authrest.exe",
         check_prereq_authrest_kit},
        {"prereq-install-kit", Severity::high, "documented; inferred for 4.0 -> 5.0",
         "A critical exposure without a kit of the server's exact version and service pack",
         check_prereq_install_kit},
        {"topology-duplicate-replication-route", Severity::high, "documented",
         "Directory replication connectors that form a cycle", check_topology_duplicate_replication_route},
        {"topology-replication-without-mail-route", Severity::high, "documented",
         "A replication connector between sites no messaging connectors join",
         check_topology_replication_without_mail_route},
        {"topology-directory-island", Severity::medium, "documented",
         "Sites no replication connector joins to the rest of the organization",
         check_topology_directory_island},
        {"upgrade-order-bridgehead-first", Severity::high, "documented for 5.0; inferred for 5.5",
         "A non-bridgehead upgraded before a bridgehead in a site below 4.0 SP2",
         check_upgrade_order_bridgehead_first},
    };
    return rules;
}

const Rule* find_rule(std::string_view id) {
    const auto& rules = register_builtin_rules();
    const auto found =
        std::find_if(rules.begin(), rules.end(), [&](const Rule& rule) { return rule.id == id; });
    return found == rules.end() ? nullptr : &*found;
}

}  // namespace upgrade_risk::analyzer
