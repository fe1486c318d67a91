#include "core/workflow/sla/SlaClock.h"

#include <algorithm>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
constexpr std::array kTargets{SlaTarget::FirstResponse, SlaTarget::NextResponse, SlaTarget::Resolution};
} // namespace

SlaClock::SlaClock(SlaPolicy policy, SlaThresholds thresholds)
    : m_policy(std::move(policy))
    , m_thresholds(thresholds)
    , m_clock(m_policy.clockCalendar())
    , m_reporting(m_clock)
{
}

SlaClock SlaClock::replay(const SlaPolicy &policy, QList<SlaEvent> events, SlaThresholds thresholds)
{
    SlaClock clock(policy, thresholds);
    clock.applyAll(std::move(events));
    return clock;
}

void SlaClock::setReportingCalendar(const BusinessCalendar &calendar)
{
    m_reporting = calendar;
}

void SlaClock::setMetricEventsEnabled(bool enabled)
{
    m_metricEvents = enabled;
}

void SlaClock::applyAll(QList<SlaEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const SlaEvent &a, const SlaEvent &b) { return a.at < b.at; });
    for (const auto &e : events)
        apply(e);
}

void SlaClock::apply(const SlaEvent &event)
{
    const qint64 t = m_started ? std::max(event.at, m_lastEventAt) : event.at;
    advance(t);
    if (!m_started) {
        m_started = true;
        m_conversationStart = t;
    }
    m_lastEventAt = t;

    using K = SlaEvent::Kind;
    switch (event.kind) {
    case K::BuyerMessage:
        m_lastBuyerAt = t;
        m_hasBuyerMessage = true;
        if (m_resolved)
            reopen(t);
        if (m_pending) {
            m_pending = false;
            resumeAll(t);
        }
        if (!m_resolutionStarted) {
            m_resolutionStarted = true;
            startInstance(SlaTarget::Resolution, t);
        }
        if (!m_waiting) {
            m_waiting = true;
            m_waitingSince = t;
            startInstance(m_firstResponded ? SlaTarget::NextResponse : SlaTarget::FirstResponse, t);
        }
        break;
    case K::AgentReply: respond(t, false); break;
    case K::AutoReply:
        if (m_policy.autoRepliesCount)
            respond(t, true);
        break;
    case K::StatusPending:
        if (m_resolved)
            reopen(t);
        if (!m_pending) {
            m_pending = true;
            pauseAll(t);
        }
        break;
    case K::StatusOpen:
        if (m_resolved)
            reopen(t);
        if (m_pending) {
            m_pending = false;
            resumeAll(t);
        }
        break;
    case K::Resolved:
        if (m_resolved)
            break;
        if (m_pending) {
            m_pending = false;
            resumeAll(t);
        }
        report(SlaReportEvent::Kind::Resolution, m_conversationStart, t, std::nullopt, false, true);
        finishInstance(SlaTarget::Resolution, t, true, false);
        if (m_policy.resolvingStopsResponseClocks) {
            finishInstance(SlaTarget::FirstResponse, t, false, false);
            finishInstance(SlaTarget::NextResponse, t, false, false);
            m_waiting = false;
        }
        m_resolved = true;
        m_resolvedAt = t;
        break;
    case K::Reopened:
        if (m_resolved)
            reopen(t);
        break;
    case K::NoResponseNeeded:
        if (m_policy.noResponseNeededStops && m_waiting) {
            finishInstance(SlaTarget::FirstResponse, t, false, false);
            finishInstance(SlaTarget::NextResponse, t, false, false);
            m_waiting = false;
        }
        break;
    }
}

void SlaClock::respond(qint64 t, bool automatic)
{
    if (!m_waiting)
        return;
    report(m_firstResponded ? SlaReportEvent::Kind::Reply : SlaReportEvent::Kind::FirstResponse,
           m_waitingSince,
           t,
           std::nullopt,
           automatic,
           true);
    finishInstance(SlaTarget::FirstResponse, t, true, automatic);
    finishInstance(SlaTarget::NextResponse, t, true, automatic);
    m_firstResponded = true;
    m_waiting = false;
    m_waitingSince = 0;
}

void SlaClock::reopen(qint64 t)
{
    report(SlaReportEvent::Kind::Reopen, m_resolvedAt, t, std::nullopt, false, true);
    m_resolved = false;
    startInstance(SlaTarget::Resolution, t);
}

void SlaClock::startInstance(SlaTarget target, qint64 t)
{
    const qint64 targetMs = m_policy.targetMs(target);
    if (targetMs <= 0 || m_open[slot(target)] >= 0)
        return;
    Instance in;
    in.target = target;
    in.startedAt = t;
    in.targetMs = targetMs;
    in.running = !(m_pending && m_policy.pausesWhilePending);
    in.runningSince = t;
    in.dueAt = in.running ? m_clock.addBusinessTime(t, targetMs) : 0;
    m_open[slot(target)] = int(m_instances.size());
    m_instances.append(in);
}

void SlaClock::finishInstance(SlaTarget target, qint64 t, bool met, bool automatic)
{
    const int idx = m_open[slot(target)];
    if (idx < 0)
        return;
    Instance &in = m_instances[idx];
    if (in.running) {
        in.consumedMs += m_clock.businessTimeBetween(in.runningSince, t);
        in.running = false;
    }
    in.completedAt = t;
    in.met = met;
    in.stopped = !met;
    m_open[slot(target)] = -1;
    if (met && !in.breached)
        report(SlaReportEvent::Kind::SlaHit, in.startedAt, t, target, automatic);
}

void SlaClock::pauseAll(qint64 t)
{
    if (!m_policy.pausesWhilePending)
        return;
    for (int idx : m_open) {
        if (idx < 0 || !m_instances[idx].running)
            continue;
        Instance &in = m_instances[idx];
        in.consumedMs += m_clock.businessTimeBetween(in.runningSince, t);
        in.running = false;
        if (!in.breached)
            in.dueAt = 0; // unknown until resumed
    }
}

void SlaClock::resumeAll(qint64 t)
{
    for (int idx : m_open) {
        if (idx < 0 || m_instances[idx].running)
            continue;
        Instance &in = m_instances[idx];
        in.running = true;
        in.runningSince = t;
        if (!in.breached) // a breached target keeps the deadline it missed
            in.dueAt = m_clock.addBusinessTime(t, in.targetMs - in.consumedMs);
    }
}

void SlaClock::advance(qint64 t)
{
    QList<int> missed;
    for (int idx : m_open) {
        if (idx < 0)
            continue;
        const Instance &in = m_instances[idx];
        if (in.running && !in.breached && in.dueAt < t)
            missed.append(idx);
    }
    std::sort(missed.begin(), missed.end(), [this](int a, int b) {
        return m_instances[a].dueAt < m_instances[b].dueAt;
    });
    for (int idx : missed) {
        Instance &in = m_instances[idx];
        in.breached = true;
        report(SlaReportEvent::Kind::SlaMiss, in.startedAt, in.dueAt, in.target);
    }
}

void SlaClock::advanceTo(qint64 nowMs)
{
    advance(nowMs);
}

void SlaClock::report(SlaReportEvent::Kind kind,
                      qint64 from,
                      qint64 at,
                      std::optional<SlaTarget> target,
                      bool automatic,
                      bool metric)
{
    if (metric && !m_metricEvents)
        return;
    SlaReportEvent e;
    e.kind = kind;
    e.at = at;
    e.startedAt = from;
    e.calendarDurationMs = std::max<qint64>(0, at - from);
    e.businessDurationMs = m_reporting.businessTimeBetween(from, at);
    e.target = target;
    e.automatic = automatic;
    e.policyId = m_policy.id;
    e.policyName = m_policy.name;
    m_report.append(e);
}

SlaTargetStatus SlaClock::status(const Instance &in, qint64 nowMs) const
{
    using S = SlaTargetStatus::State;
    SlaTargetStatus s;
    s.target = in.target;
    s.startedAt = in.startedAt;
    s.targetMs = in.targetMs;
    s.completedAt = in.completedAt;
    const bool open = in.completedAt == 0;
    s.elapsedMs = in.consumedMs + (open && in.running ? m_clock.businessTimeBetween(in.runningSince, nowMs) : 0);
    s.remainingMs = in.targetMs - s.elapsedMs;
    s.dueAt = in.dueAt;
    if (in.breached) {
        s.state = S::Breached;
        s.overdueMs = std::max<qint64>(0, (open ? nowMs : in.completedAt) - in.dueAt);
    } else if (in.met)
        s.state = S::Met;
    else if (in.stopped)
        s.state = S::Stopped;
    else
        s.state = in.running ? S::Running : S::Paused;

    if (s.state == S::Running) {
        const qint64 left = in.targetMs - in.consumedMs;
        const auto instantAtRemaining = [&](qint64 threshold) {
            return left > threshold ? m_clock.addBusinessTime(in.runningSince, left - threshold) : in.runningSince;
        };
        s.warningAt = instantAtRemaining(m_thresholds.warningRemainingMs(in.targetMs));
        s.criticalAt = instantAtRemaining(m_thresholds.criticalRemainingMs(in.targetMs));
    }
    return s;
}

SlaClock::Snapshot SlaClock::snapshot(qint64 nowMs) const
{
    SlaClock c = *this;
    c.advance(nowMs);

    Snapshot snap;
    snap.nowMs = nowMs;
    for (auto target : kTargets) {
        for (auto it = c.m_instances.crbegin(); it != c.m_instances.crend(); ++it) {
            if (it->target == target) {
                snap.targets.append(c.status(*it, nowMs));
                break;
            }
        }
    }
    for (const auto &in : c.m_instances)
        snap.missCount += in.breached ? 1 : 0;
    snap.resolved = c.m_resolved;
    if (c.m_resolved)
        snap.overall = snap.missCount > 0 ? Overall::Missed : Overall::Hit;
    else
        snap.overall = snap.missCount > 0 ? Overall::ActiveWithMisses : Overall::Active;
    snap.waitingOnUs = c.m_waiting;
    snap.waitingSince = c.m_waiting ? c.m_waitingSince : 0;
    snap.paused = c.m_pending && c.m_policy.pausesWhilePending;

    for (const auto &s : snap.targets) {
        if (s.state != SlaTargetStatus::State::Running)
            continue;
        snap.nextDueAt = snap.nextDueAt == 0 ? s.dueAt : std::min(snap.nextDueAt, s.dueAt);
        // Levels change at warningAt and criticalAt (inclusive) and just after dueAt (a reply at dueAt is in time).
        const qint64 afterDue = s.dueAt == BusinessCalendar::kNever ? 0 : s.dueAt + 1;
        for (qint64 candidate : {s.warningAt, s.criticalAt, afterDue}) {
            if (candidate > nowMs && (snap.nextChangeAt == 0 || candidate < snap.nextChangeAt))
                snap.nextChangeAt = candidate;
        }
    }
    if (m_hasBuyerMessage) {
        if (m_policy.messagingWindowMinutes > 0)
            snap.windowClosesAt = m_lastBuyerAt + qint64(m_policy.messagingWindowMinutes) * 60'000;
        if (m_policy.humanAgentWindowMinutes > 0)
            snap.humanAgentUntil = m_lastBuyerAt + qint64(m_policy.humanAgentWindowMinutes) * 60'000;
    }
    return snap;
}

QList<SlaTargetStatus> SlaClock::history(qint64 nowMs) const
{
    SlaClock c = *this;
    c.advance(nowMs);
    QList<SlaTargetStatus> list;
    list.reserve(c.m_instances.size());
    for (const auto &in : c.m_instances)
        list.append(c.status(in, nowMs));
    return list;
}

std::optional<SlaTargetStatus> SlaClock::Snapshot::mostUrgent() const
{
    std::optional<SlaTargetStatus> best;
    for (const auto &s : targets) {
        if (!s.isOpen())
            continue;
        const bool counting = s.state != SlaTargetStatus::State::Paused;
        if (!best) {
            best = s;
            continue;
        }
        const bool bestCounting = best->state != SlaTargetStatus::State::Paused;
        if ((counting && !bestCounting) || (counting == bestCounting && s.remainingMs < best->remainingMs))
            best = s;
    }
    return best;
}

std::optional<SlaTargetStatus> SlaClock::Snapshot::target(SlaTarget which) const
{
    for (const auto &s : targets)
        if (s.target == which)
            return s;
    return std::nullopt;
}

QString SlaClock::overallToString(Overall overall)
{
    switch (overall) {
    case Overall::Active: return u"active"_s;
    case Overall::ActiveWithMisses: return u"active_with_misses"_s;
    case Overall::Hit: return u"hit"_s;
    case Overall::Missed: return u"missed"_s;
    }
    return u"active"_s;
}

SlaClock::Overall SlaClock::overallFromString(const QString &s, bool *ok)
{
    for (auto o : {Overall::Active, Overall::ActiveWithMisses, Overall::Hit, Overall::Missed}) {
        if (overallToString(o) == s) {
            if (ok)
                *ok = true;
            return o;
        }
    }
    if (ok)
        *ok = false;
    return Overall::Active;
}

} // namespace hd
