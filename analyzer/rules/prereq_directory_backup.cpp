#include "analyzer/rules/prereq_directory_backup.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

#include "analyzer/exposure.h"
#include "analyzer/names.h"
#include "analyzer/prerequisite_rule.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::Backup;
using inventory::BackupType;

constexpr Text kId = "prereq-directory-backup";

/// The instant a backup must precede, and how a sentence names it.
struct Deadline {
    std::int64_t epoch_seconds;
    std::string label;
};

std::optional<Deadline> deadline_of(const RuleContext& context,
                                    const UpgradeEvaluation& evaluation) {
    if (evaluation.wave) {
        const auto& wave = context.inventory.rollout->waves[*evaluation.wave];
        if (wave.start) {
            return Deadline{wave.start->epoch_seconds,
                            "the start of " + wave.name + " (" + wave.start->text + ")"};
        }
    }
    if (context.inventory.captured) {
        return Deadline{context.inventory.captured->epoch_seconds,
                        "the inventory's captured time (" + context.inventory.captured->text + ")"};
    }
    return std::nullopt;
}

std::string describe(const Backup& backup) {
    std::string text = backup.type == BackupType::offline ? "offline" : "online";
    text += backup.verified ? ", verified " : ", unverified ";
    text += inventory::to_string(backup.level) + " backup taken " + backup.taken.text;
    if (!backup.location.empty()) text += " (" + backup.location + ")";
    return text;
}

/// Offline beats online, verified beats unverified, then the newest wins.
bool worse(const Backup* a, const Backup* b) {
    const auto rank = [](const Backup* backup) {
        return std::make_tuple(backup->type == BackupType::offline, backup->verified,
                               backup->taken.epoch_seconds);
    };
    return rank(a) < rank(b);
}

const Backup* newest(const std::vector<const Backup*>& backups) {
    const auto found = std::max_element(backups.begin(), backups.end(), [](auto* a, auto* b) {
        return a->taken.epoch_seconds < b->taken.epoch_seconds;
    });
    return found == backups.end() ? nullptr : *found;
}

Text title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return context.text.concat(
        {"No usable directory backup of ", context.server_name(evaluation.server),
         " for recovering from a failed upgrade ", context.moment(evaluation), "."});
}

Text fix(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return context.text.concat(
        {"Take an offline backup of ", context.server_name(evaluation.server),
         "'s directory (Dir.edb) while it runs ", inventory::to_string(evaluation.from),
         ", verify it, at most ", hours_text(context.options.max_backup_age_seconds),
         " before the upgrade starts, and list it in the inventory "
         "(Q183266)."});
}

/// Whether the server has a backup the recovery can use, and why.
struct BackupJudgement {
    bool satisfied = false;
    std::string reason;
};

BackupJudgement judge_backups(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const auto& server = context.inventory.servers[evaluation.server];
    const std::string level = inventory::to_string(evaluation.from);
    BackupJudgement result;
    if (server.backups.empty()) {
        result.reason = server.name + " has no directory backup in the inventory.";
        return result;
    }
    std::vector<const Backup*> matching;
    for (const Backup& backup : server.backups) {
        if (backup.level == evaluation.from) matching.push_back(&backup);
    }
    if (matching.empty()) {
        std::vector<const Backup*> all;
        for (const Backup& backup : server.backups) all.push_back(&backup);
        result.reason = "No backup of " + server.name + " is of " + level +
                        ", the level it runs before the upgrade (newest: " + describe(*newest(all)) +
                        "); the restore needs the same version and service pack.";
        return result;
    }
    const auto deadline = deadline_of(context, evaluation);
    if (!deadline) {
        result.reason = server.name + "'s " + describe(*newest(matching)) +
                        " cannot be checked for age: " +
                        (evaluation.wave ? "the wave has no start time and the inventory no "
                                           "captured time."
                                         : "the inventory has no captured time (and no rollout "
                                           "with wave start times).");
        return result;
    }
    const std::int64_t max_age = context.options.max_backup_age_seconds;
    std::vector<const Backup*> before, qualifying;
    for (const Backup* backup : matching) {
        if (backup->taken.epoch_seconds > deadline->epoch_seconds) continue;
        before.push_back(backup);
        if (deadline->epoch_seconds - backup->taken.epoch_seconds <= max_age) {
            qualifying.push_back(backup);
        }
    }
    if (qualifying.empty()) {
        if (before.empty()) {
            result.reason = "Every " + level + " backup of " + server.name + " is dated after " +
                            deadline->label + ".";
        } else {
            const Backup* last = newest(before);
            result.reason = "The newest " + level + " backup of " + server.name + " was taken " +
                            last->taken.text + ", " +
                            hours_text(deadline->epoch_seconds - last->taken.epoch_seconds) +
                            " before " + deadline->label + "; it must be at most " +
                            hours_text(max_age) + " old (--max-backup-age).";
        }
        return result;
    }
    const Backup* best = *std::max_element(qualifying.begin(), qualifying.end(), worse);
    result.satisfied = true;
    result.reason = "The " + describe(*best) + ", " +
                    hours_text(deadline->epoch_seconds - best->taken.epoch_seconds) + " before " +
                    deadline->label + ".";
    if (best->type == BackupType::online) {
        result.reason += " It is online; the recovery restores Dir.edb offline (Q183266), so an "
                         "offline backup is better.";
    }
    if (!best->verified) result.reason += " It is not verified: test-restore it first.";
    return result;
}

}  // namespace

Prerequisite evaluate_directory_backup(const RuleContext& context,
                                       const UpgradeEvaluation& evaluation) {
    const BackupJudgement judgement = judge_backups(context, evaluation);
    return Prerequisite{kId, judgement.satisfied, context.text.keep(judgement.reason)};
}

void check_prereq_directory_backup(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink,
                               PrerequisiteRule{kId, "Q183266", evaluate_directory_backup, title, fix});
}

}  // namespace upgrade_risk::analyzer
