#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

#include "analyzer/names.h"
#include "analyzer/prerequisite.h"

namespace upgrade_risk::analyzer {
namespace {

using inventory::Backup;
using inventory::BackupType;

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
                            concat({"the start of ", wave.name, " (", wave.start->text, ")"})};
        }
    }
    if (context.inventory.captured) {
        return Deadline{
            context.inventory.captured->epoch_seconds,
            concat({"the inventory's captured time (", context.inventory.captured->text, ")"})};
    }
    return std::nullopt;
}

std::string describe(const Backup& backup) {
    const bool located = !backup.location.empty();
    return concat({backup.type == BackupType::offline ? "offline" : "online",
                   backup.verified ? ", verified " : ", unverified ",
                   inventory::to_string(backup.level), " backup taken ", backup.taken.text,
                   located ? " (" : "", backup.location, located ? ")" : ""});
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

std::string title(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return concat({"No usable directory backup of ", context.server_name(evaluation.server),
                   " for recovering from a failed upgrade ", context.moment(evaluation), "."});
}

std::string fix(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    return concat({"Take an offline backup of ", context.server_name(evaluation.server),
                   "'s directory (Dir.edb) while it runs ", inventory::to_string(evaluation.from),
                   ", verify it, at most ", hours_text(context.options.max_backup_age_seconds),
                   " before the upgrade starts, and list it in the inventory (Q183266)."});
}

/// Chooses the backup the recovery restores: of the level the server runs before the
/// upgrade, taken before the deadline and at most --max-backup-age before it, the best by
/// worse(). When none qualifies, the state says why and `backup` is the one the reason names.
Prerequisite evaluate(const RuleContext& context, const UpgradeEvaluation& evaluation) {
    const auto& server = context.inventory.servers[evaluation.server];
    Prerequisite result{PrerequisiteKind::directory_backup};
    if (server.backups.empty()) return result;
    std::vector<const Backup*> matching;
    for (const Backup& backup : server.backups) {
        if (backup.level == evaluation.from) matching.push_back(&backup);
    }
    if (matching.empty()) {
        std::vector<const Backup*> all;
        for (const Backup& backup : server.backups) all.push_back(&backup);
        result.backup_state = BackupState::wrong_level;
        result.backup = newest(all);
        return result;
    }
    const auto deadline = deadline_of(context, evaluation);
    if (!deadline) {
        result.backup_state = BackupState::undatable;
        result.backup = newest(matching);
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
        result.backup_state = before.empty() ? BackupState::all_after : BackupState::too_old;
        result.backup = newest(before);
        return result;
    }
    result.backup_state = BackupState::qualifies;
    result.backup = *std::max_element(qualifying.begin(), qualifying.end(), worse);
    result.satisfied = true;
    return result;
}

std::string reason(const Prerequisite& prerequisite, const RuleContext& context,
                   const UpgradeEvaluation& evaluation) {
    const auto& server = context.inventory.servers[evaluation.server];
    const std::string level = inventory::to_string(evaluation.from);
    const Backup* backup = prerequisite.backup;
    switch (prerequisite.backup_state) {
        case BackupState::none:
            return concat({server.name, " has no directory backup in the inventory."});
        case BackupState::wrong_level:
            return concat({"No backup of ", server.name, " is of ", level,
                           ", the level it runs before the upgrade (newest: ", describe(*backup),
                           "); the restore needs the same version and service pack."});
        case BackupState::undatable:
            return concat({server.name, "'s ", describe(*backup), " cannot be checked for age: ",
                           evaluation.wave
                               ? "the wave has no start time and the inventory no captured "
                                 "time."
                               : "the inventory has no captured time (and no rollout with "
                                 "wave start times)."});
        default: break;
    }
    const Deadline deadline = *deadline_of(context, evaluation);
    if (prerequisite.backup_state == BackupState::all_after) {
        return concat(
            {"Every ", level, " backup of ", server.name, " is dated after ", deadline.label, "."});
    }
    const std::string age = hours_text(deadline.epoch_seconds - backup->taken.epoch_seconds);
    if (prerequisite.backup_state == BackupState::too_old) {
        return concat({"The newest ", level, " backup of ", server.name, " was taken ",
                       backup->taken.text, ", ", age, " before ", deadline.label,
                       "; it must be at most ", hours_text(context.options.max_backup_age_seconds),
                       " old (--max-backup-age)."});
    }
    std::string text =
        concat({"The ", describe(*backup), ", ", age, " before ", deadline.label, "."});
    if (backup->type == BackupType::online) {
        text += " It is online; the recovery restores Dir.edb offline (Q183266), so an offline "
                "backup is better.";
    }
    if (!backup->verified) text += " It is not verified: test-restore it first.";
    return text;
}

const PrerequisiteRole role{
    PrerequisiteKind::directory_backup,
    "A recent backup of the directory (Dir.edb) taken at the current version",
    "a directory backup", evaluate, reason};

void check(const RuleContext& context, FindingSink& sink) {
    emit_missing_prerequisites(context, sink, role, MitigationKind::provide_directory_backup);
}

FindingWords words(const Finding& finding, const RuleContext& context, Wording wording) {
    return missing_prerequisite_words(finding, context, title, fix, wording);
}

}  // namespace

namespace rules {
extern const Rule prereq_directory_backup{
    "prereq-directory-backup", Severity::high, "documented; inferred for 4.0 -> 5.0, as the exposure is",
    "A critical exposure without a recent Dir.edb backup at the server's current level",
    {"Q195908", "Q183266"}, RuleFamily::prerequisite, check, words, &role};
}  // namespace rules

}  // namespace upgrade_risk::analyzer
