#include "core/workflow/triage/SlaMonitor.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/workflow/rules/PriorityScorer.h"
#include "core/workflow/triage/SlaClockRepository.h"
#include "core/workflow/triage/TriageService.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// How far ahead one pass looks for warnings: no warning window is longer than this (SlaThresholds caps
// the warning at 25 % of the target, and targets are at most days long).
constexpr qint64 kLookAheadMs = 7LL * 24 * 3600 * 1000;
constexpr int kMaxPerPass = 2000;

} // namespace

SlaMonitor::SlaMonitor(const Database &db, TriageService &triage, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_triage(triage)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this]() { check(); });
}

void SlaMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    check();
}

void SlaMonitor::stop()
{
    m_timer.stop();
}

SlaMonitor::Pass SlaMonitor::check()
{
    Pass pass;
    const qint64 now = m_clock.nowMs();

    // Snoozes that ended: back to open (rules see status_changed, clocks resume).
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            u"SELECT id FROM conversations WHERE status = 'pending' AND snoozed_until > 0 AND snoozed_until <= ?"_s);
        q.addBindValue(now);
        QList<qint64> ids;
        if (q.exec())
            while (q.next())
                ids << q.value(0).toLongLong();
        for (qint64 id : std::as_const(ids)) {
            QSqlDatabase db = m_db.connection();
            Transaction tx(db);
            QSqlQuery u(db);
            u.prepare(
                u"UPDATE conversations SET status = 'open', snoozed_until = 0, version = version + 1 WHERE id = ?"_s);
            u.addBindValue(id);
            if (!u.exec()) {
                Q_EMIT failed(databaseError(u, u"snooze"_s).detail);
                continue;
            }
            if (auto s = m_triage.onStatusChanged(id, ConversationStatus::Pending, ConversationStatus::Open, 0); !s) {
                Q_EMIT failed(s.error().message);
                continue;
            }
            if (tx.commit())
                ++pass.snoozesEnded;
        }
    }

    auto due = m_triage.slaClockRepository().dueBefore(now + kLookAheadMs, kMaxPerPass);
    if (!due) {
        log::warn("workflow.sla", due.error().detail);
        Q_EMIT failed(due.error().message);
        return pass;
    }
    QSet<qint64> alerted; // one rules run per conversation and event per pass
    for (SlaClockRecord clock : due.value()) {
        const bool breachedNow = clock.dueAt <= now && !clock.breached;
        const bool warnNow =
            !breachedNow && !clock.warned && clock.warningAt > 0 && clock.warningAt <= now && clock.dueAt > now;
        if (!breachedNow && !warnNow)
            continue;
        const RuleEvent event = breachedNow ? RuleEvent::SlaBreached : RuleEvent::SlaWarning;
        const SlaClockRepository &repo = m_triage.slaClockRepository();
        if (auto s = breachedNow ? repo.markBreached(clock.id) : repo.markWarned(clock.id); !s) {
            Q_EMIT failed(s.error().message);
            continue;
        }
        // Runs the rules for the event and replays the clocks (which writes the sla_miss at the deadline).
        const qint64 key = clock.conversationId * 2 + (breachedNow ? 1 : 0);
        if (!alerted.contains(key)) {
            alerted.insert(key);
            if (auto s = m_triage.onSlaAlert(clock.conversationId, event); !s) {
                log::warn("workflow.sla",
                          u"SLA alert on conversation #%1: %2"_s.arg(clock.conversationId).arg(s.error().detail));
                Q_EMIT failed(s.error().message);
            }
        }
        TriageNotification n;
        n.conversationId = clock.conversationId;
        n.target = clock.assigneeId > 0 ? u"assignee"_s : u"everyone"_s;
        n.agentId = clock.assigneeId;
        n.source = u"SLA"_s;
        const QString target = slaTargetToString(clock.target).replace(u'_', u' ');
        if (breachedNow) {
            clock.breached = true;
            clock.state = SlaTargetStatus::State::Breached;
            n.text = QCoreApplication::translate("hd::SlaMonitor", "%1 deadline (%2) missed: %3")
                         .arg(target, clock.policyName, clock.subject);
            pass.breached << clock;
            Q_EMIT slaBreached(clock);
        } else {
            clock.warned = true;
            n.text =
                QCoreApplication::translate("hd::SlaMonitor", "%1 (%2) due in %3: %4")
                    .arg(target, clock.policyName, PriorityScorer::formatDuration(clock.dueAt - now), clock.subject);
            pass.warned << clock;
            Q_EMIT slaWarning(clock);
        }
        Q_EMIT notificationRequested(n);
    }
    return pass;
}

} // namespace hd
