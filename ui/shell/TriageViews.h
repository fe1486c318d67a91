#pragma once

#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMainWindow;

namespace hd {

class NotificationBanner;
class ResponseRatePanel;
class SlaAlerts;
class SlaMonitor;
class SlaRiskView;
class Workspace;

/// The triage windows the shell offers beside the inbox: "SLA at risk" and "Response rate" (each a
/// modeless window opened from the View menu), and the SLA notifications (tray message, or the in-app
/// banner when there is no tray). Keeps MainWindow a shell: it only places the banner and adds the actions.
class TriageViews final : public QObject
{
    Q_OBJECT
public:
    TriageViews(Workspace &workspace, QMainWindow *window);

    QAction *slaRiskAction() const { return m_slaRiskAction; }
    QAction *responseRateAction() const { return m_responseRateAction; }
    NotificationBanner *banner() const { return m_banner; }
    SlaAlerts *alerts() const { return m_alerts; }

    SlaRiskView *showSlaRisk();
    ResponseRatePanel *showResponseRate();
    void retranslate();

Q_SIGNALS:
    /// Open this conversation in the main window (from a list or a notification).
    void conversationActivated(qint64 conversationId);

private:
    void onNotificationRequested(const TriageNotification &notification);
    void flushNotifications();
    QDialog *window(const QString &objectName, QWidget *content);

    Workspace &m_workspace;
    QMainWindow *m_window = nullptr;
    QAction *m_slaRiskAction = nullptr;
    QAction *m_responseRateAction = nullptr;
    NotificationBanner *m_banner = nullptr;
    SlaAlerts *m_alerts = nullptr;
    SlaMonitor *m_monitor = nullptr;
    bool m_nextIsBreach = false;
    QList<TriageNotification> m_pendingBreaches;
    QList<TriageNotification> m_pendingWarnings;
    QPointer<QDialog> m_slaRiskWindow;
    QPointer<QDialog> m_responseRateWindow;
    QPointer<SlaRiskView> m_slaRisk;
    QPointer<ResponseRatePanel> m_responseRate;
};

} // namespace hd
