#pragma once

#include "core/workflow/sla/SlaTarget.h"

#include <QString>
#include <QtGlobal>

namespace hd {

/// Where one SLA target of a conversation stands at a given instant. Times are UTC ms; "clock time" is time
/// on the policy's calendar (wall-clock for calendar-time policies, open hours for business-time ones), with
/// pauses left out.
struct SlaTargetStatus
{
    /// Stored as "running", "paused", "met", "breached", "stopped".
    enum class State {
        Running,  ///< counting down
        Paused,   ///< waiting on the buyer; the deadline moves
        Met,      ///< fulfilled in time
        Breached, ///< the deadline passed unfulfilled; still open (overdue) while completedAt is 0
        Stopped,  ///< no longer needed: "no response needed", or resolved without a reply
    };

    SlaTarget target = SlaTarget::FirstResponse;
    State state = State::Running;
    qint64 startedAt = 0;   ///< the buyer message, conversation start or reopen this instance measures from
    qint64 dueAt = 0;       ///< the deadline; 0 while paused (unknown until resumed) unless already breached
    qint64 warningAt = 0;   ///< from this instant the countdown is "warning"; 0 unless running and not breached
    qint64 criticalAt = 0;  ///< from this instant the countdown is "critical"; 0 unless running and not breached
    qint64 completedAt = 0; ///< when it was met, stopped or fulfilled late; 0 while open
    qint64 targetMs = 0;    ///< clock time allowed
    qint64 elapsedMs = 0;   ///< clock time used so far (or until completion)
    qint64 remainingMs = 0; ///< targetMs - elapsedMs; negative = overdue by that much clock time
    qint64 overdueMs = 0;   ///< when breached: wall-clock time past dueAt (until now, or until completion)

    bool isOpen() const { return completedAt == 0 && state != State::Met && state != State::Stopped; }
    bool isOverdue() const { return state == State::Breached && completedAt == 0; }

    static QString stateToString(State state);
    static State stateFromString(const QString &s, bool *ok = nullptr);
};

} // namespace hd
