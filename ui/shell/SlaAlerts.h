#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace hd {

class NotificationBanner;

/// Desktop notifications for SLA warnings and breaches (and rules' notify actions): a system-tray message
/// when the desktop has a tray that shows messages, else the in-app banner. notify() shows one at once.
/// Until an SLA monitor reports events, watch() polls the at-risk source and raises each clock's warning
/// (it entered the warning window) and breach (its deadline passed) once.
class SlaAlerts final : public QObject
{
    Q_OBJECT
public:
    using AtRiskSource = std::function<Result<QList<SlaClockRecord>>(double hours)>;

    /// banner: where to show messages without a tray (not owned).
    SlaAlerts(NotificationBanner *banner, const Clock &clock, QObject *parent = nullptr);

    /// Uses the tray (when available) in addition to the banner; off in tests.
    void setTrayEnabled(bool enabled);
    bool usesTray() const;

    /// Shows one notification now.
    void notify(const TriageNotification &notification, const QString &severity = QStringLiteral("warning"));
    /// Polls source every intervalMs (and now) for clocks in warning or past due.
    void watch(AtRiskSource source, int intervalMs = 30'000);
    /// One poll: raises what is new since the last one; returns how many notifications it raised.
    int poll();

Q_SIGNALS:
    /// A notification was shown (tray or banner).
    void notified(const TriageNotification &notification, const QString &severity);
    void conversationActivated(qint64 conversationId);

private:
    QPointer<NotificationBanner> m_banner;
    const Clock &m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    AtRiskSource m_source;
    QSet<QString> m_raised; ///< "<clock id>:warning" / "<clock id>:breach"
    qint64 m_trayConversationId = 0;
};

} // namespace hd
