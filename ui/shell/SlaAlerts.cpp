#include "ui/shell/SlaAlerts.h"

#include "core/workflow/sla/SlaDisplay.h"
#include "ui/inbox/SlaRiskModel.h"
#include "ui/shell/NotificationBanner.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace hd {
using namespace Qt::StringLiterals;

SlaAlerts::SlaAlerts(NotificationBanner *banner, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_clock(clock)
{
    setObjectName(u"slaAlerts"_s);
    if (m_banner)
        connect(m_banner, &NotificationBanner::conversationActivated, this, &SlaAlerts::conversationActivated);
}

void SlaAlerts::setTrayEnabled(bool enabled)
{
    if (!enabled || !QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_trayConversationId > 0)
            Q_EMIT conversationActivated(m_trayConversationId);
    });
    m_tray->show();
}

bool SlaAlerts::usesTray() const
{
    return m_tray != nullptr;
}

void SlaAlerts::notify(const TriageNotification &n, const QString &severity)
{
    const QString title = n.source.isEmpty() ? tr("HarborDesk") : n.source;
    if (m_tray) {
        m_trayConversationId = n.conversationId;
        m_tray->showMessage(title,
                            n.text,
                            severity == u"breach" ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                            10'000);
    } else if (m_banner) {
        m_banner->showMessage(title, n.text, n.conversationId, severity);
    }
    Q_EMIT notified(n, severity);
}

void SlaAlerts::watch(AtRiskSource source, int intervalMs)
{
    m_source = std::move(source);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setObjectName(u"slaAlertsPoll"_s);
        connect(m_timer, &QTimer::timeout, this, &SlaAlerts::poll);
    }
    m_timer->start(intervalMs);
    poll();
}

int SlaAlerts::poll()
{
    if (!m_source)
        return 0;
    // Four hours covers every warning window (25 % of the target, at least 2 h).
    auto records = m_source(4.0);
    if (!records)
        return 0;
    const qint64 now = m_clock.nowMs();
    QList<TriageNotification> breaches;
    QList<TriageNotification> warnings;
    for (const SlaClockRecord &r : records.value()) {
        const qint64 left = r.msLeft(now);
        const bool breach = left < 0;
        const bool warning = !breach
            && (r.warningAt > 0 ? now >= r.warningAt
                                : SlaDisplay::urgency(left, r.targetMs > 0 ? r.targetMs : 24 * 3'600'000LL)
                        >= SlaDisplay::Urgency::Warning);
        if (!breach && !warning)
            continue;
        const QString key = u"%1:%2"_s.arg(r.id).arg(breach ? u"breach"_s : u"warning"_s);
        if (m_raised.contains(key))
            continue;
        m_raised.insert(key);
        TriageNotification n;
        n.conversationId = r.conversationId;
        n.target = u"assignee"_s;
        n.agentId = r.assigneeId;
        n.source = breach ? tr("SLA breached") : tr("SLA at risk");
        const QString who = r.customerName.isEmpty() ? r.subject : r.customerName;
        n.text = breach
            ? tr("%1 – %2 is overdue by %3").arg(who, SlaRiskModel::clockText(r), SlaDisplay::formatDuration(-left))
            : tr("%1 – %2 is due in %3").arg(who, SlaRiskModel::clockText(r), SlaDisplay::formatDuration(left));
        (breach ? breaches : warnings) << n;
    }
    const qsizetype total = breaches.size() + warnings.size();
    if (total == 0)
        return 0;
    if (total == 1) {
        notify(breaches.isEmpty() ? warnings.constFirst() : breaches.constFirst(),
               breaches.isEmpty() ? u"warning"_s : u"breach"_s);
        return 1;
    }
    // Several at once (e.g. on start): one message, not a burst; "Open" goes to the most urgent.
    TriageNotification summary = breaches.isEmpty() ? warnings.constFirst() : breaches.constFirst();
    summary.source = breaches.isEmpty() ? tr("SLA at risk") : tr("SLA breached");
    QStringList parts;
    if (!breaches.isEmpty())
        parts << tr("%n conversation(s) past the deadline", nullptr, int(breaches.size()));
    if (!warnings.isEmpty())
        parts << tr("%n due soon", nullptr, int(warnings.size()));
    summary.text = parts.join(u", "_s) + u". "_s + tr("Most urgent: %1").arg(summary.text);
    notify(summary, breaches.isEmpty() ? u"warning"_s : u"breach"_s);
    return int(total);
}

} // namespace hd
