#include <algorithm>

#include "analyzer/rule.h"

namespace upgrade_risk::analyzer {
namespace rules {
// Adding a rule: write analyzer/rules/<name>.cpp (defining one Rule) and docs/rules/<id>.md,
// declare it here and list it below.
extern const Rule backout_breaks_intersite_replication;
extern const Rule backout_blocks_user_creation;
extern const Rule backout_single_server_site;
extern const Rule backout_misreports_version;
extern const Rule prereq_directory_backup;
extern const Rule prereq_authrest_kit;
extern const Rule prereq_install_kit;
extern const Rule topology_duplicate_replication_route;
extern const Rule topology_replication_without_mail_route;
extern const Rule topology_directory_island;
extern const Rule upgrade_order_bridgehead_first;
extern const Rule mixed_site_loop_detection_ndr;
extern const Rule move_bridgehead_full_replication;
extern const Rule move_bridgehead_to_down_level_server;
}  // namespace rules

const std::vector<const Rule*>& builtin_rules() {
    static const std::vector<const Rule*> list = {
        &rules::backout_breaks_intersite_replication,
        &rules::backout_blocks_user_creation,
        &rules::backout_single_server_site,
        &rules::backout_misreports_version,
        &rules::prereq_directory_backup,
        &rules::prereq_authrest_kit,
        &rules::prereq_install_kit,
        &rules::topology_duplicate_replication_route,
        &rules::topology_replication_without_mail_route,
        &rules::topology_directory_island,
        &rules::upgrade_order_bridgehead_first,
        &rules::mixed_site_loop_detection_ndr,
        &rules::move_bridgehead_full_replication,
        &rules::move_bridgehead_to_down_level_server,
    };
    return list;
}

const Rule* find_rule(std::string_view id) {
    const auto& list = builtin_rules();
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const Rule* rule) { return rule->id == id; });
    return found == list.end() ? nullptr : *found;
}

const Rule& rule_of(PrerequisiteKind kind) {
    for (const Rule* rule : builtin_rules()) {
        if (rule->prerequisite && rule->prerequisite->kind == kind) return *rule;
    }
    return rules::prereq_directory_backup;  // unreachable: each kind has its rule
}

}  // namespace upgrade_risk::analyzer
