#pragma once

#include "core/common/Clock.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace hd {

class Database;
class TriageService;

/// Watches the SLA clocks: marks targets entering their warning window (warned) and passing their deadline
/// (breached), runs the rules on sla_warning / sla_breached for each (escalation: reassign, tag, notify),
/// writes the sla_miss reporting event at the deadline, and ends expired snoozes. check() does one pass;
/// start() runs it on a timer (the GUI and `harbordesk-cli sync --daemon`). Time comes from the Clock, so
/// tests drive it with FakeClock and call check().
class SlaMonitor final : public QObject
{
    Q_OBJECT

public:
    /// What one pass found.
    struct Pass
    {
        QList<SlaClockRecord> warned;   ///< newly in their warning window
        QList<SlaClockRecord> breached; ///< newly past their deadline
        int snoozesEnded = 0;
    };

    SlaMonitor(const Database &db, TriageService &triage, const Clock &clock, QObject *parent = nullptr);

    /// Checks every open target now. Errors are logged and reported through failed().
    Pass check();
    void start(int intervalMs = 30'000);
    void stop();

Q_SIGNALS:
    void slaWarning(const hd::SlaClockRecord &clock);
    void slaBreached(const hd::SlaClockRecord &clock);
    /// A desktop notification from SLA escalation or a rule's notify action.
    void notificationRequested(const hd::TriageNotification &notification);
    void failed(const QString &message);

private:
    const Database &m_db;
    TriageService &m_triage;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace hd
