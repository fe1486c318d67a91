#include "ui/shell/TriageViews.h"

#include "core/Workspace.h"
#include "core/workflow/triage/SlaMonitor.h"
#include "ui/inbox/SlaRiskView.h"
#include "ui/shell/NotificationBanner.h"
#include "ui/shell/ResponseRatePanel.h"
#include "ui/shell/SlaAlerts.h"

#include <QAction>
#include <QDialog>
#include <QGuiApplication>
#include <QMainWindow>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

TriageViews::TriageViews(Workspace &workspace, QMainWindow *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    setObjectName(u"triageViews"_s);
    m_slaRiskAction = new QAction(this);
    m_slaRiskAction->setObjectName(u"slaRiskAction"_s);
    m_slaRiskAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    connect(m_slaRiskAction, &QAction::triggered, this, &TriageViews::showSlaRisk);
    m_responseRateAction = new QAction(this);
    m_responseRateAction->setObjectName(u"responseRateAction"_s);
    connect(m_responseRateAction, &QAction::triggered, this, &TriageViews::showResponseRate);

    m_banner = new NotificationBanner(window);
    m_alerts = new SlaAlerts(m_banner, workspace.clock(), this);
    // A tray only where the desktop has one; offscreen (tests, screenshots) the banner shows it.
    const QString platform = QGuiApplication::platformName();
    m_alerts->setTrayEnabled(platform != u"offscreen" && platform != u"minimal");
    connect(m_alerts, &SlaAlerts::conversationActivated, this, &TriageViews::conversationActivated);
    // The SLA monitor marks warnings and breaches, runs the rules' SLA events (escalation) and asks
    // for notifications; one pass may find many, so they are shown as one summary.
    m_monitor = new SlaMonitor(workspace.database(), workspace.triage(), workspace.clock(), this);
    connect(m_monitor, &SlaMonitor::slaBreached, this, [this](const SlaClockRecord &) { m_nextIsBreach = true; });
    connect(m_monitor, &SlaMonitor::slaWarning, this, [this](const SlaClockRecord &) { m_nextIsBreach = false; });
    connect(m_monitor, &SlaMonitor::notificationRequested, this, &TriageViews::onNotificationRequested);
    // After the window is up: the first pass may be long on an old workspace (cold start stays fast).
    QTimer::singleShot(3000, m_monitor, [this] { m_monitor->start(); });
    retranslate();
}

QDialog *TriageViews::window(const QString &objectName, QWidget *content)
{
    auto *dialog = new QDialog(m_window, Qt::Window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    content->setParent(dialog);
    layout->addWidget(content);
    return dialog;
}

SlaRiskView *TriageViews::showSlaRisk()
{
    if (!m_slaRiskWindow) {
        TriageService &triage = m_workspace.triage();
        m_slaRisk = new SlaRiskView([&triage](double hours) { return triage.atRisk(hours); }, m_workspace.clock());
        connect(m_slaRisk, &SlaRiskView::conversationActivated, this, &TriageViews::conversationActivated);
        m_slaRiskWindow = window(u"slaRiskWindow"_s, m_slaRisk);
        m_slaRiskWindow->resize(1240, 560);
    }
    m_slaRiskWindow->setWindowTitle(tr("SLA at risk"));
    m_slaRiskWindow->show();
    m_slaRiskWindow->raise();
    m_slaRisk->reload();
    return m_slaRisk;
}

ResponseRatePanel *TriageViews::showResponseRate()
{
    if (!m_responseRateWindow) {
        TriageService &triage = m_workspace.triage();
        m_responseRate = new ResponseRatePanel([&triage] { return triage.responseRates(); }, m_workspace.clock());
        m_responseRateWindow = window(u"responseRateWindow"_s, m_responseRate);
        m_responseRateWindow->resize(1100, 360);
    }
    m_responseRateWindow->setWindowTitle(tr("Response rate"));
    m_responseRateWindow->show();
    m_responseRateWindow->raise();
    m_responseRate->reload();
    return m_responseRate;
}

void TriageViews::retranslate()
{
    m_slaRiskAction->setText(tr("SLA at &Risk"));
    m_slaRiskAction->setToolTip(tr("What breaches its deadline in the next hours"));
    m_responseRateAction->setText(tr("Response &Rate"));
    m_responseRateAction->setToolTip(tr("Each marketplace account's response rate and forecast"));
    if (m_slaRiskWindow)
        m_slaRiskWindow->setWindowTitle(tr("SLA at risk"));
    if (m_responseRateWindow)
        m_responseRateWindow->setWindowTitle(tr("Response rate"));
}

void TriageViews::onNotificationRequested(const TriageNotification &notification)
{
    const bool breach = notification.source == u"SLA" && m_nextIsBreach;
    m_nextIsBreach = false;
    (breach ? m_pendingBreaches : m_pendingWarnings) << notification;
    if (m_pendingBreaches.size() + m_pendingWarnings.size() == 1)
        QTimer::singleShot(0, this, &TriageViews::flushNotifications);
}

void TriageViews::flushNotifications()
{
    const qsizetype total = m_pendingBreaches.size() + m_pendingWarnings.size();
    if (total == 1) {
        const bool breach = !m_pendingBreaches.isEmpty();
        m_alerts->notify(breach ? m_pendingBreaches.first() : m_pendingWarnings.first(),
                         breach ? u"breach"_s : u"warning"_s);
    } else if (total > 1) {
        TriageNotification summary =
            !m_pendingBreaches.isEmpty() ? m_pendingBreaches.first() : m_pendingWarnings.first();
        summary.source = u"SLA"_s;
        summary.text = tr("%n deadline(s) missed", nullptr, int(m_pendingBreaches.size())) + u" · "_s
            + tr("%n deadline(s) at risk", nullptr, int(m_pendingWarnings.size()));
        m_alerts->notify(summary, m_pendingBreaches.isEmpty() ? u"warning"_s : u"breach"_s);
    }
    m_pendingBreaches.clear();
    m_pendingWarnings.clear();
}

} // namespace hd
