#pragma once

#include <csignal>
#include <cstddef>
#include <string_view>

namespace upgrade_risk::reports {

/// The files to remove when SIGINT, SIGTERM or SIGHUP ends the run (Ctrl-C, `kill`, a closed
/// terminal): the temporary files of every OutputBatch, so an interrupted write leaves nothing
/// in the user's folders. A signal handler may only call async-signal-safe functions, so the
/// table is fixed and preallocated and the handler only unlinks what it holds, then lets the
/// signal end the process as it would have without the handler. SIGKILL and crashes cannot be
/// caught: docs/security.md says what a file left by them looks like.
namespace interrupt_cleanup {

/// How many files can be registered at once; a run writes one per report.
inline constexpr std::size_t kSlots = 64;
/// The longest path (with its terminating NUL) a slot holds.
inline constexpr std::size_t kPathBytes = 4096;
/// What remember() returns when the table is full or the path too long: the file is then
/// removed by its batch as usual, but not when a signal ends the run.
inline constexpr std::size_t kNoSlot = kSlots;

/// Registers `path` for removal on a signal and returns its slot. Installs the handlers on
/// the first call, except for a signal the process was told to ignore (`nohup`), which stays
/// ignored. Call with the signals held (SignalsHeld), so none arrives between the file's
/// creation and its registration.
std::size_t remember(std::string_view path);

/// Frees `slot` (kNoSlot is ignored): its file was renamed into place or removed.
void forget(std::size_t slot);

/// How many files are registered now.
std::size_t remembered();

/// While alive, SIGINT, SIGTERM and SIGHUP wait in this thread: around creating and
/// registering a temporary file, and around the renames of a commit, so a signal comes either
/// before or after each step, never in the middle.
class SignalsHeld {
public:
    SignalsHeld();
    ~SignalsHeld();
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
    sigset_t previous_;
};

}  // namespace interrupt_cleanup
}  // namespace upgrade_risk::reports
