#pragma once

#include "core/common/Clock.h"
#include "core/workflow/sla/BusinessCalendar.h"
#include "core/workflow/sla/SlaEvent.h"
#include "core/workflow/sla/SlaPolicy.h"
#include "core/workflow/sla/SlaReportEvent.h"
#include "core/workflow/sla/SlaTargetStatus.h"
#include "core/workflow/sla/SlaThresholds.h"

#include <QList>

#include <array>
#include <optional>

namespace hd {

/// The SLA clock of one conversation under one policy: a pure state machine fed with the conversation's
/// events in time order. Run one per policy (SlaPolicy::selectFor gives a marketplace and a company policy).
///
/// Rules (features.md, section c, after Chatwoot and Zammad):
/// - First response runs from the first buyer message (before any response) to the first counting response.
///   Next response runs from each buyer message that leaves the conversation waiting on us (a burst counts
///   from its first message) to the next counting response. Resolution runs from the first buyer message, and
///   again from each reopen, to resolved.
/// - A counting response is an agent reply, or an auto-reply when the policy's autoRepliesCount is set.
/// - Pending (waiting on the buyer) pauses every open target when pausesWhilePending; open or a new buyer message
///   resumes them. Deadlines move by the paused time (measured on the policy's calendar).
/// - "No response needed" stops the waiting response target (noResponseNeededStops); resolving stops them too
///   (resolvingStopsResponseClocks). A new buyer message starts a fresh wait: first response again if nobody has
///   responded yet, else next response. A buyer message on a resolved conversation reopens it.
/// - A target is breached when its deadline passes unfulfilled (a response exactly at the deadline is in time);
///   the miss is reported once, at the deadline. Fulfilled later, it stays breached.
///
/// Events must arrive in time order; an event older than the last one is treated as happening at the last
/// event's time. The simplest correct use is to replay the stored events: `SlaClock::replay(policy, events)`.
class SlaClock final
{
public:
    /// Stored as "active", "active_with_misses", "hit", "missed" (Chatwoot's applied SLA status).
    enum class Overall { Active, ActiveWithMisses, Hit, Missed };

    /// Where the conversation stands at one instant.
    struct Snapshot
    {
        qint64 nowMs = 0;
        /// The latest instance of each target the policy has and that has started, in first response, next
        /// response, resolution order.
        QList<SlaTargetStatus> targets;
        Overall overall = Overall::Active;
        int missCount = 0;
        bool waitingOnUs = false;
        qint64 waitingSince = 0; ///< UTC ms of the buyer message we owe a response to; 0 when not waiting
        bool paused = false;     ///< pending, and the policy pauses while pending
        bool resolved = false;
        qint64 nextDueAt = 0; ///< earliest deadline among running targets not yet breached; 0 when none
        /// First instant after nowMs at which a countdown changes level (warning, critical, overdue); 0 when
        /// none. Re-evaluate then to fire warnings and escalations.
        qint64 nextChangeAt = 0;
        qint64 windowClosesAt = 0;  ///< Meta: the standard reply window closes (0 = no window)
        qint64 humanAgentUntil = 0; ///< Meta: replies with the HUMAN_AGENT tag allowed until (0 = no window)

        /// The open target to show in the inbox: the running or overdue one with the least time left, else a
        /// paused one.
        std::optional<SlaTargetStatus> mostUrgent() const;
        std::optional<SlaTargetStatus> target(SlaTarget which) const;
        bool canReplyInStandardWindow() const { return windowClosesAt > 0 && nowMs <= windowClosesAt; }
        bool canReplyAsHumanAgent() const { return humanAgentUntil > 0 && nowMs <= humanAgentUntil; }
    };

    explicit SlaClock(SlaPolicy policy, SlaThresholds thresholds = {});

    /// Applies the events (stably sorted by time) to a fresh clock.
    static SlaClock replay(const SlaPolicy &policy, QList<SlaEvent> events, SlaThresholds thresholds = {});

    /// Business durations in report events use this calendar (e.g. the company's hours even on a marketplace
    /// clock). Defaults to the policy's clock calendar. Set it before applying events.
    void setReportingCalendar(const BusinessCalendar &calendar);
    /// When false, only sla_hit / sla_miss are reported (use it on the second clock of a conversation so
    /// first_response, reply, resolution and reopen are stored once).
    void setMetricEventsEnabled(bool enabled);

    void apply(const SlaEvent &event);
    void applyAll(QList<SlaEvent> events);
    /// Records the misses whose deadline lies before nowMs. Only for a clock that lives on (a scheduler);
    /// snapshot() does this on a copy and leaves the clock alone.
    void advanceTo(qint64 nowMs);

    Snapshot snapshot(qint64 nowMs) const;
    Snapshot snapshot(const Clock &clock) const { return snapshot(clock.nowMs()); }
    /// Every target instance so far (older ones first), as seen at nowMs.
    QList<SlaTargetStatus> history(qint64 nowMs) const;

    /// Report events so far, in time order.
    const QList<SlaReportEvent> &reportEvents() const { return m_report; }
    const SlaPolicy &policy() const { return m_policy; }
    qint64 lastEventAt() const { return m_lastEventAt; }

    static QString overallToString(Overall overall);
    static Overall overallFromString(const QString &s, bool *ok = nullptr);

private:
    struct Instance
    {
        SlaTarget target = SlaTarget::FirstResponse;
        qint64 startedAt = 0;
        qint64 targetMs = 0;
        qint64 consumedMs = 0;   ///< clock time used before runningSince
        qint64 runningSince = 0; ///< valid while running
        bool running = false;
        qint64 dueAt = 0;
        bool breached = false;
        bool met = false;
        bool stopped = false;
        qint64 completedAt = 0;
    };

    void advance(qint64 t);
    void startInstance(SlaTarget target, qint64 t);
    void finishInstance(SlaTarget target, qint64 t, bool met, bool automatic);
    void pauseAll(qint64 t);
    void resumeAll(qint64 t);
    void respond(qint64 t, bool automatic);
    void reopen(qint64 t);
    void report(SlaReportEvent::Kind kind,
                qint64 from,
                qint64 at,
                std::optional<SlaTarget> target = std::nullopt,
                bool automatic = false,
                bool metric = false);
    SlaTargetStatus status(const Instance &instance, qint64 nowMs) const;
    static int slot(SlaTarget target) { return int(target); }

    SlaPolicy m_policy;
    SlaThresholds m_thresholds;
    BusinessCalendar m_clock;
    BusinessCalendar m_reporting;
    bool m_metricEvents = true;

    QList<Instance> m_instances;
    std::array<int, 3> m_open{-1, -1, -1}; ///< index into m_instances of the open instance per target
    QList<SlaReportEvent> m_report;

    bool m_started = false;
    qint64 m_conversationStart = 0;
    qint64 m_lastEventAt = 0;
    qint64 m_lastBuyerAt = 0;
    bool m_hasBuyerMessage = false;
    bool m_waiting = false;
    qint64 m_waitingSince = 0;
    bool m_firstResponded = false;
    bool m_pending = false;
    bool m_resolved = false;
    qint64 m_resolvedAt = 0;
    bool m_resolutionStarted = false;
};

} // namespace hd
