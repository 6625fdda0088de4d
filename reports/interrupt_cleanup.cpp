#include "reports/interrupt_cleanup.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <pthread.h>
#include <unistd.h>

namespace upgrade_risk::reports::interrupt_cleanup {
namespace {

constexpr std::array kSignals = {SIGINT, SIGTERM, SIGHUP};

/// A slot is free, being filled (the handler skips it) or armed (the handler unlinks it).
enum SlotState : int { kFree, kFilling, kArmed };

struct Slot {
    std::atomic<int> state{kFree};
    char path[kPathBytes] = {};
};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler reads the slots' states");

/// Static storage: nothing is allocated once the handlers may run.
std::array<Slot, kSlots> slots;

extern "C" void remove_and_reraise(int signal) {
    const int saved_errno = errno;
    for (Slot& slot : slots) {
        if (slot.state.load(std::memory_order_acquire) == kArmed) ::unlink(slot.path);
    }
    // SA_RESETHAND has put the default action back; the signal, blocked while this handler
    // runs, is delivered again as soon as it returns and ends the process as it would have.
    ::raise(signal);
    errno = saved_errno;
}

sigset_t held_signals() {
    sigset_t set;
    ::sigemptyset(&set);
    for (const int signal : kSignals) ::sigaddset(&set, signal);
    return set;
}

void install_handlers() {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    // The other two wait while one is handled, so the files are removed once.
    action.sa_mask = held_signals();
    action.sa_flags = SA_RESETHAND;
    for (const int signal : kSignals) {
        struct sigaction previous {};
        if (::sigaction(signal, nullptr, &previous) != 0) continue;
        // An ignored signal (nohup) stays ignored; a handler someone else set stays theirs.
        if ((previous.sa_flags & SA_SIGINFO) != 0 || previous.sa_handler != SIG_DFL) continue;
        ::sigaction(signal, &action, nullptr);
    }
}

}  // namespace

std::size_t remember(std::string_view path) {
    static std::once_flag installed;
    std::call_once(installed, install_handlers);
    if (path.size() >= kPathBytes) return kNoSlot;
    for (std::size_t index = 0; index < kSlots; ++index) {
        int expected = kFree;
        if (!slots[index].state.compare_exchange_strong(expected, kFilling)) continue;
        std::memcpy(slots[index].path, path.data(), path.size());
        slots[index].path[path.size()] = '\0';
        slots[index].state.store(kArmed, std::memory_order_release);
        return index;
    }
    return kNoSlot;
}

void forget(std::size_t slot) {
    if (slot < kSlots) slots[slot].state.store(kFree, std::memory_order_release);
}

std::size_t remembered() {
    std::size_t count = 0;
    for (const Slot& slot : slots) count += slot.state.load() == kArmed ? 1 : 0;
    return count;
}

SignalsHeld::SignalsHeld() {
    const sigset_t held = held_signals();
    ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

SignalsHeld::~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace upgrade_risk::reports::interrupt_cleanup
