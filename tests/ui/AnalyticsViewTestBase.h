#pragma once

// The fixture of the analytics view's offscreen tests (TestAnalyticsView: filters, drill-downs,
// export; TestAnalyticsCharts: chart scales, tooltips and text in light, dark and Chinese): the demo
// workspace in a temporary folder, the main window on it, and helpers to open the dashboard, change
// the period and save screenshots (with HARBORDESK_SCREENSHOT_DIR set, into docs/screenshots).

#include "core/Workspace.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/demo/DemoSeeder.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DashboardCharts.h"
#include "ui/analytics/ExportDialog.h"
#include "ui/analytics/FocusTracker.h"
#include "ui/analytics/HeatMapWidget.h"
#include "ui/analytics/MetricTile.h"
#include "ui/conversation/ConversationView.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXYSeries>

#include <algorithm>
#include <functional>
#include <memory>

namespace hd::test {
using namespace Qt::StringLiterals;

/// Derived test classes call initTestCase() / init() / cleanup() from their own slots.
class AnalyticsViewTestBase : public QObject
{
protected:
    void initTestCase();
    void init();
    void cleanup();

    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    AnalyticsView *openAnalytics();
    bool waitForDashboard(AnalyticsView *view, const std::function<void()> &change);
    void screenshot(const QString &name) const;
    void setCustomPeriod(AnalyticsView *view, int days);

    QLocale m_locale;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

inline void AnalyticsViewTestBase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HarborDeskTest"_s); // the application name is the test's
    Theme::apply(*qApp);
    m_locale = QLocale();
}

inline void AnalyticsViewTestBase::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime::currentMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"demo.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    const auto seeded = seeder.seed(DemoSeeder::bundledJson());
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().detail));
    m_window = std::make_unique<MainWindow>(*m_ws, nullptr);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

inline void AnalyticsViewTestBase::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
    qApp->setPalette(QApplication::style()->standardPalette());
    Theme::apply(*qApp);
    QLocale::setDefault(m_locale); // rendersInChinese switches it
}

inline bool AnalyticsViewTestBase::waitForDashboard(AnalyticsView *view, const std::function<void()> &change)
{
    QSignalSpy shown(view, &AnalyticsView::dashboardShown);
    change();
    return shown.wait(20000);
}

inline AnalyticsView *AnalyticsViewTestBase::openAnalytics()
{
    auto *action = child<QAction>("analyticsAction");
    if (!action)
        return nullptr;
    action->trigger();
    AnalyticsView *view = m_window->analytics();
    if (!view)
        return nullptr;
    if (view->dashboard().figures.isEmpty()) {
        QSignalSpy shown(view, &AnalyticsView::dashboardShown);
        if (!shown.wait(20000))
            return nullptr;
    }
    return view;
}

inline void AnalyticsViewTestBase::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("HARBORDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString file = QDir(dir).filePath(name);
    // Tall enough for every chart; the pending layout of the resized window is done before the grab.
    m_window->resize(1600, 1500);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

inline void AnalyticsViewTestBase::setCustomPeriod(AnalyticsView *view, int days)
{
    auto *period = view->findChild<QComboBox *>(u"periodCombo"_s);
    auto *from = view->findChild<QDateEdit *>(u"fromDate"_s);
    auto *to = view->findChild<QDateEdit *>(u"toDate"_s);
    QVERIFY(period && from && to);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), QTimeZone::utc()).date();
    period->setCurrentIndex(period->findData(int(AnalyticsView::Preset::Custom)));
    to->setDate(today);
    from->setDate(today.addDays(-(days - 1)));
}

} // namespace hd::test
