#include "ui/shell/TriageViews.h"

#include "core/Workspace.h"
#include "ui/inbox/SlaRiskView.h"
#include "ui/shell/NotificationBanner.h"
#include "ui/shell/ResponseRatePanel.h"
#include "ui/shell/SlaAlerts.h"

#include <QAction>
#include <QDialog>
#include <QGuiApplication>
#include <QMainWindow>
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
    TriageService &triage = workspace.triage();
    m_alerts->watch([&triage](double hours) { return triage.atRisk(hours); });
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

} // namespace hd
