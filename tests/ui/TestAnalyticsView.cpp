// Drives the analytics dashboard offscreen through object names, on the demo workspace: open it
// from the main window, change the period and a filter, drill into a chart, open a conversation
// from the drill-down list, export CSV; the focus tracker stores handle time. With
// HARBORDESK_SCREENSHOT_DIR set it saves docs/screenshots/analytics-light.png and -dark.png.

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
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensFiltersDrillsAndExports();
    void rendersInLightAndDarkThemes();
    void focusTrackerStoresHandleTime();

private:
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalyticsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HarborDeskTest"_s);
    QCoreApplication::setApplicationName(u"TestAnalyticsView"_s);
    Theme::apply(*qApp);
}

void TestAnalyticsView::init()
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

void TestAnalyticsView::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
    qApp->setPalette(QApplication::style()->standardPalette());
    Theme::apply(*qApp);
}

bool TestAnalyticsView::waitForDashboard(AnalyticsView *view, const std::function<void()> &change)
{
    QSignalSpy shown(view, &AnalyticsView::dashboardShown);
    change();
    return shown.wait(20000);
}

AnalyticsView *TestAnalyticsView::openAnalytics()
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

void TestAnalyticsView::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("HARBORDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString file = QDir(dir).filePath(name);
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

void TestAnalyticsView::opensFiltersDrillsAndExports()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    auto *pages = child<QStackedWidget>("mainPages");
    QCOMPARE(pages->currentWidget(), view);

    // Default: the last 30 days (UTC); the demo's conversations are all recent.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), QTimeZone::utc()).date();
    QCOMPARE(view->filter().fromMs, QDateTime(today.addDays(-29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    const double allNew = view->dashboard().value(u"new_conversations"_s).value_or(0);
    QVERIFY(allNew > 0);
    auto *tile = view->findChild<MetricTile *>(u"tile_new_conversations"_s);
    QVERIFY(tile);
    QCOMPARE(tile->valueText(), QLocale().toString(qint64(allNew)));
    QVERIFY(!tile->toolTip().isEmpty());                           // the figure's definition
    QVERIFY(view->dashboard().value(u"csat_score"_s).has_value()); // the demo seeds CSAT answers

    // Period preset: the last 7 days.
    auto *period = view->findChild<QComboBox *>(u"periodCombo"_s);
    QVERIFY(waitForDashboard(view, [&] { period->setCurrentIndex(0); }));
    QCOMPARE(view->dashboard().filter.fromMs,
             QDateTime(today.addDays(-6), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());

    // One marketplace account.
    auto *channel = view->findChild<QComboBox *>(u"channelFilterCombo"_s);
    int account = -1;
    for (int i = 0; i < channel->count(); ++i)
        if (channel->itemData(i).toString().startsWith(u"id:"_s))
            account = i;
    QVERIFY(account > 0);
    QVERIFY(waitForDashboard(view, [&] { channel->setCurrentIndex(account); }));
    QCOMPARE(view->dashboard().filter.channelIds.size(), 1);
    QVERIFY(view->dashboard().value(u"new_conversations"_s).value_or(0) <= allNew);

    // Back to all accounts and 30 days, then drill into the busiest heat-map cell.
    QVERIFY(waitForDashboard(view, [&] {
        channel->setCurrentIndex(0);
        period->setCurrentIndex(1);
    }));
    auto *heat = view->findChild<HeatMapWidget *>(u"heatMap"_s);
    int bestDay = 0, bestHour = 0;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            if (heat->count(d, h) > heat->count(bestDay, bestHour)) {
                bestDay = d;
                bestHour = h;
            }
    QVERIFY(heat->count(bestDay, bestHour) > 0);
    QSignalSpy drilled(view, &AnalyticsView::drillShown);
    QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellCenter(bestDay, bestHour));
    QVERIFY(drilled.wait(10000));
    auto *drillTable = view->findChild<QTableView *>(u"drillTable"_s);
    const int rows = drilled.last().at(0).toInt();
    QVERIFY(rows > 0);
    QCOMPARE(drillTable->model()->rowCount(), rows);
    QCOMPARE(rows, int(view->dashboard().drill.value(u"heat:%1:%2"_s.arg(bestDay).arg(bestHour)).size()));

    // A chart element drills too: the first day with data on the trend line.
    QDate day;
    for (const auto &row : view->dashboard().days)
        if (row.inbound > 0)
            day = row.date;
    QVERIFY(day.isValid());
    view->charts()->drillDay(day);
    QVERIFY(drilled.wait(10000));
    QVERIFY(drilled.last().at(1).toInt() > 0);

    // Opening a conversation from the list goes back to the inbox with it.
    drillTable->setFocus();
    drillTable->setCurrentIndex(drillTable->model()->index(0, 0));
    const qint64 id = drillTable->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    QTest::keyClick(drillTable, Qt::Key_Return);
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(child<QWidget>("mainSplitter")));
    QTRY_COMPARE(m_window->conversation()->conversationId(), id);

    // Export: one row per conversation, Excel-friendly.
    view = openAnalytics();
    QVERIFY(view);
    ExportDialog *dialog = view->showExport();
    QVERIFY(dialog);
    const QString path = m_dir->filePath(u"conversations.csv"_s);
    dialog->setPath(path);
    dialog->findChild<QComboBox *>(u"exportKindCombo"_s)->setCurrentIndex(1);
    dialog->findChild<QAbstractButton *>(u"exportExcelCheck"_s)->setChecked(true);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray data = csv.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"
                            "conversation_id,"));
    QVERIFY(data.count("\r\n") > 1);
    QCOMPARE(dialog->findChild<QProgressBar *>(u"exportProgress"_s)->value(), 100);
}

void TestAnalyticsView::rendersInLightAndDarkThemes()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    QChartView *trend = view->charts()->trendView();
    QCOMPARE(trend->chart()->backgroundBrush().color(), view->palette().color(QPalette::Base));
    screenshot(u"analytics-light.png"_s);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1E1F22));
    dark.setColor(QPalette::WindowText, QColor(0xE6E6E6));
    dark.setColor(QPalette::Base, QColor(0x2B2D31));
    dark.setColor(QPalette::AlternateBase, QColor(0x313338));
    dark.setColor(QPalette::Text, QColor(0xE6E6E6));
    dark.setColor(QPalette::Button, QColor(0x2B2D31));
    dark.setColor(QPalette::ButtonText, QColor(0xE6E6E6));
    dark.setColor(QPalette::Highlight, QColor(0x3B82F6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x2B2D31));
    dark.setColor(QPalette::ToolTipText, QColor(0xE6E6E6));
    qApp->setPalette(dark);
    qApp->setStyleSheet(QString()); // the light theme's sheet paints white panes
    QTRY_COMPARE(trend->chart()->backgroundBrush().color(), QColor(0x2B2D31));
    QCOMPARE(trend->chart()->titleBrush().color(), QColor(0xE6E6E6));
    screenshot(u"analytics-dark.png"_s);
}

void TestAnalyticsView::focusTrackerStoresHandleTime()
{
    FocusTracker *tracker = m_window->focusTracker();
    QVERIFY(tracker);
    auto ids = AnalyticsRepository(m_ws->database())
                   .backlogIds(AnalyticsFilter{0, m_clock->nowMs() + 1, {}, {}, 0, {}, {}, {}}, 2);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    FocusTracker own(m_ws->database(), *m_clock);
    own.setAgent(m_window->agentId());
    own.setWindowActive(true);
    QSignalSpy stored(&own, &FocusTracker::sessionStored);
    own.setConversation(ids->at(0));
    m_clock->advanceMs(30'000);
    own.noteActivity();
    m_clock->advanceMs(10'000);
    own.setConversation(ids->at(1)); // switching ends the first stretch: 40 s
    QCOMPARE(stored.count(), 1);
    QCOMPARE(stored.first().at(1).toLongLong(), qint64(40'000));
    // Idle: counted only up to 60 s after the last activity.
    m_clock->advanceMs(5 * 60'000);
    own.setWindowActive(false);
    QCOMPARE(stored.count(), 2);
    QCOMPARE(stored.last().at(1).toLongLong(), FocusTracker::kIdleCutoffMs);
    AnalyticsFilter f;
    f.fromMs = m_clock->nowMs() - 3600'000;
    f.toMs = m_clock->nowMs() + 1;
    auto data = AnalyticsRepository(m_ws->database()).load(f);
    QVERIFY(data.ok());
    qint64 total = 0;
    for (const auto &s : data->focus)
        if (s.conversationId == ids->at(0) || s.conversationId == ids->at(1))
            total += s.durationMs;
    QVERIFY(total >= 100'000); // 40 s + 60 s, plus whatever the demo seeded in the last hour
}

QTEST_MAIN(TestAnalyticsView)
#include "TestAnalyticsView.moc"
