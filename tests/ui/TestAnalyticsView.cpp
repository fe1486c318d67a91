// Drives the analytics dashboard offscreen through object names, on the demo workspace: open it
// from the main window, change the period (preset and custom) and a filter, drill into a chart by
// clicking a bar, open a conversation from the drill-down list, export CSV and compare the file
// with what the view shows; the charts' text renders in light, dark and Chinese; the focus tracker
// stores handle time. With HARBORDESK_SCREENSHOT_DIR set it saves analytics-light.png,
// analytics-dark.png and analytics-zh.png there (docs/screenshots).

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

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

/// A CSV file as rows of fields (RFC 4180 quoting, as CsvWriter writes it).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void niceScale_data();
    void niceScale();
    void opensFiltersDrillsAndExports();
    void exportedSummaryMatchesTheScreen();
    void slaBarsExplainThemselves();
    void drillPanelIsReadable();
    void teamFilterFollowsTheWorkspace();
    void rendersInLightAndDarkThemes();
    void rendersInChinese();
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
    /// What the charts look like at the moment the dashboard is shown, before any further event
    /// processing (a grab right away must already hold the titles, axes and legends).
    struct ChartShot
    {
        QImage image;
        QRectF plotArea;
        QColor text;
        int visibleTexts = 0; ///< text items on screen: title, axis labels, legend, value labels
    };
    QHash<QString, ChartShot> grabChartsWhenShown(AnalyticsView *view, const std::function<void()> &change);
    static int textPixels(const QImage &image, const QRect &area, const QColor &text);
    static int visibleTexts(const QChartView *chart);
    void verifyChartText(AnalyticsView *view, const QHash<QString, ChartShot> &shots);
    void setCustomPeriod(AnalyticsView *view, int days);

    QLocale m_locale;
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
    m_locale = QLocale();
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
    QLocale::setDefault(m_locale); // rendersInChinese switches it
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
    // Tall enough for every chart; the pending layout of the resized window is done before the grab.
    m_window->resize(1600, 1500);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

void TestAnalyticsView::setCustomPeriod(AnalyticsView *view, int days)
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

QHash<QString, TestAnalyticsView::ChartShot> TestAnalyticsView::grabChartsWhenShown(AnalyticsView *view,
                                                                                    const std::function<void()> &change)
{
    QHash<QString, ChartShot> shots;
    QObject context;
    // Connected before the spy, so it runs first: nothing else has been processed yet.
    connect(view, &AnalyticsView::dashboardShown, &context, [&shots, view] {
        const DashboardCharts *charts = view->charts();
        for (QChartView *c : {charts->trendView(),
                              charts->volumeView(),
                              charts->slaView(),
                              charts->intentView(),
                              charts->sentimentView()}) {
            shots.insert(c->objectName(),
                         ChartShot{c->grab().toImage(),
                                   c->chart()->plotArea(),
                                   c->palette().color(QPalette::WindowText),
                                   visibleTexts(c)});
        }
    });
    QSignalSpy shown(view, &AnalyticsView::dashboardShown);
    change();
    if (!shown.wait(20000))
        return {};
    return shots;
}

int TestAnalyticsView::visibleTexts(const QChartView *chart)
{
    int n = 0;
    for (const QGraphicsItem *item : chart->scene()->items())
        if (item->type() == QGraphicsTextItem::Type && item->isVisible())
            ++n;
    return n;
}

int TestAnalyticsView::textPixels(const QImage &image, const QRect &area, const QColor &text)
{
    // Glyph cores are drawn in the text colour; anti-aliased edges and series colours are not.
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - text.red()) < 40 && std::abs(c.green() - text.green()) < 40
                && std::abs(c.blue() - text.blue()) < 40)
                ++n;
        }
    return n;
}

void TestAnalyticsView::verifyChartText(AnalyticsView *view, const QHash<QString, ChartShot> &shots)
{
    QCOMPARE(shots.size(), 5);
    for (auto it = shots.cbegin(); it != shots.cend(); ++it) {
        const ChartShot &shot = it.value();
        const QRect plot = shot.plotArea.toAlignedRect();
        const QString name = it.key();
        QVERIFY2(!shot.image.isNull(), qPrintable(name));
        // The title sits above the plot area: it has room and its glyphs are there.
        const int title = textPixels(shot.image, QRect(0, 0, shot.image.width(), plot.top()), shot.text);
        QVERIFY2(title > 40, qPrintable(u"%1: %2 title pixels above y=%3"_s.arg(name).arg(title).arg(plot.top())));
        if (name == "sentimentChart"_L1) {
            // Slice labels outside the ring.
            const int labels = textPixels(shot.image,
                                          QRect(0, plot.top(), shot.image.width(), shot.image.height() - plot.top()),
                                          shot.text);
            QVERIFY2(labels > 40, qPrintable(u"%1: %2 label pixels"_s.arg(name).arg(labels)));
            continue;
        }
        // Axis labels left of and below the plot area (and the legend below, where there is one).
        const int left = textPixels(shot.image, QRect(0, plot.top(), plot.left(), plot.height()), shot.text);
        const int below =
            textPixels(shot.image,
                       QRect(0, plot.bottom() + 1, shot.image.width(), shot.image.height() - plot.bottom()),
                       shot.text);
        QVERIFY2(left > 20,
                 qPrintable(u"%1: %2 axis label pixels left of x=%3"_s.arg(name).arg(left).arg(plot.left())));
        QVERIFY2(below > 20, qPrintable(u"%1: %2 pixels below y=%3"_s.arg(name).arg(below).arg(plot.bottom())));
    }
    // Every chart is laid out against the chart's own size, not the whole view.
    const QChart *trend = view->charts()->trendView()->chart();
    // Only the current labels were on screen: none left over from the previous filters waiting
    // for their deferred deletion (which would have been drawn over the new ones).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const DashboardCharts *charts = view->charts();
    for (const QChartView *c :
         {charts->trendView(), charts->volumeView(), charts->slaView(), charts->intentView(), charts->sentimentView()})
        QCOMPARE(shots.value(c->objectName()).visibleTexts, visibleTexts(c));
    QVERIFY(trend->plotArea().top() > QFontMetrics(trend->titleFont()).height());
    QVERIFY(trend->legend()->isVisible());
}

void TestAnalyticsView::niceScale_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("headroom");
    QTest::addColumn<bool>("integral");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("decimals");
    // What the demo showed as 0, 19, 39, 58, 77 and 0, 22, 44, 65, 87.
    QTest::newRow("70 messages a day") << 70.0 << 0.1 << true << 80.0 << 5 << 0;
    QTest::newRow("75 conversations, 15 % room") << 75.0 << 0.15 << true << 100.0 << 6 << 0;
    QTest::newRow("53 hours") << 53.0 << 0.1 << false << 60.0 << 7 << 0;
    // Whole hours would label 0-2 h as "0, 0, 1, 2, 2".
    QTest::newRow("1.5 hours") << 1.5 << 0.1 << false << 2.0 << 5 << 1;
    QTest::newRow("20 minutes") << 0.33 << 0.1 << false << 1.0 << 6 << 1;
    QTest::newRow("nothing yet") << 0.0 << 0.1 << true << 1.0 << 2 << 0;
    QTest::newRow("3 messages") << 3.0 << 0.1 << true << 4.0 << 5 << 0;
    QTest::newRow("1234 messages") << 1234.0 << 0.1 << true << 1500.0 << 4 << 0;
}

void TestAnalyticsView::niceScale()
{
    QFETCH(double, value);
    QFETCH(double, headroom);
    QFETCH(bool, integral);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(int, decimals);
    const auto scale = DashboardCharts::niceScale(value, headroom, integral);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.tickCount, ticks);
    QCOMPARE(scale.decimals, decimals);
    QVERIFY(scale.max >= value * (1.0 + headroom));
    QVERIFY(scale.tickCount <= 8);
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

    // A custom range: the last 14 days, end day included.
    QVERIFY(waitForDashboard(view, [&] { setCustomPeriod(view, 14); }));
    QVERIFY(view->findChild<QDateEdit *>(u"fromDate"_s)->isVisible());
    QCOMPARE(view->dashboard().filter.fromMs,
             QDateTime(today.addDays(-13), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(view->dashboard().filter.toMs,
             QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(view->dashboard().days.size(), 14);

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

    // A chart drills too: click the biggest bar of the intents chart.
    QChartView *intentView = view->charts()->intentView();
    auto *intents = qobject_cast<QHorizontalBarSeries *>(intentView->chart()->series().value(0));
    QVERIFY(intents);
    QBarSet *bars = intents->barSets().value(0);
    QVERIFY(bars && bars->count() > 0);
    const int top = int(bars->count()) - 1; // largest at the top
    const QString topIntent = view->dashboard().intents.first().key;
    QCOMPARE(int(bars->at(top)), view->dashboard().intents.first().count);
    const QPointF onBar = intentView->chart()->mapToPosition(QPointF(bars->at(top) / 2.0, top), intents);
    const QPoint at = intentView->mapFromScene(intentView->chart()->mapToScene(onBar));
    QTest::mouseClick(intentView->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(drilled.wait(10000));
    QCOMPARE(drilled.last().at(1).toInt(), int(view->dashboard().drill.value(u"intent:"_s + topIntent).size()));
    QVERIFY(drilled.last().at(0).toInt() > 0);
    QVERIFY(view->findChild<QLabel *>(u"drillTitle"_s)->text().startsWith(u"Intent: "_s));

    // A day of the trend lines (what a click on a point does).
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

void TestAnalyticsView::exportedSummaryMatchesTheScreen()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    // 14 days: the 14 before have data too, so the tiles show a change.
    QVERIFY(waitForDashboard(view, [&] { setCustomPeriod(view, 14); }));
    ExportDialog *dialog = view->showExport();
    QVERIFY(dialog);
    // The dialog says what it exports: the period shown, end day included.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), QTimeZone::utc()).date();
    const QString scope = dialog->findChild<QLabel *>(u"exportScopeLabel"_s)->text();
    QVERIFY2(scope.contains(today.addDays(-13).toString(Qt::ISODate) + u" to "_s + today.toString(Qt::ISODate)),
             qPrintable(scope));
    const QString path = m_dir->filePath(u"summary.csv"_s);
    dialog->setPath(path);
    auto *kind = dialog->findChild<QComboBox *>(u"exportKindCombo"_s);
    kind->setCurrentIndex(kind->findData(u"summary"_s));
    QCOMPARE(kind->currentData().toString(), u"summary"_s);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QVERIFY(rows.size() > 200);
    QCOMPARE(rows.first(),
             (QStringList{u"section"_s, u"key"_s, u"metric"_s, u"value"_s, u"previous"_s, u"samples"_s, u"display"_s}));
    QHash<QString, QStringList> csv; // "section|key|metric" -> row
    QHash<QString, QStringList> figures;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 7);
        csv.insert(row.at(0) + u'|' + row.at(1) + u'|' + row.at(2), row);
        if (row.at(0) == "figure"_L1)
            figures.insert(row.at(1), row);
    }

    // Every tile: the value as shown, the change against the previous period, the samples.
    const QList<MetricTile *> tiles = view->findChildren<MetricTile *>();
    QCOMPARE(tiles.size(), 12);
    int withChange = 0;
    for (MetricTile *tile : tiles) {
        const QString id = tile->objectName().mid(5);
        QVERIFY2(figures.contains(id), qPrintable(id));
        const QStringList row = figures.value(id);
        QCOMPARE(tile->findChild<QLabel *>(u"tileValue"_s)->text(), row.at(6));
        const QString change = tile->findChild<QLabel *>(u"tileChange"_s)->text();
        if (!row.at(3).isEmpty() && !row.at(4).isEmpty() && row.at(4).toDouble() != 0.0) {
            const double pct = (row.at(3).toDouble() - row.at(4).toDouble()) / std::abs(row.at(4).toDouble()) * 100.0;
            QVERIFY2(change.contains(QLocale().toString(std::abs(pct), 'f', 1)),
                     qPrintable(id + u": "_s + change + u" vs "_s + QString::number(pct)));
            ++withChange;
        }
        const QString secondary = tile->findChild<QLabel *>(u"tileSecondary"_s)->text();
        if (secondary.contains(u"sample"_s))
            QCOMPARE(secondary,
                     QCoreApplication::translate("hd::MetricTile", "%n sample(s)", nullptr, row.at(5).toInt()));
    }
    QVERIFY(withChange >= 6);

    // The heat map, cell by cell.
    auto *heat = view->findChild<HeatMapWidget *>(u"heatMap"_s);
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    int heatTotal = 0;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const QString key = QString::fromLatin1(kDays[d]) + u' ' + QString::number(h).rightJustified(2, u'0');
            QCOMPARE(csv.value(u"heat|"_s + key + u"|inbound_messages"_s).value(3).toInt(), heat->count(d, h));
            heatTotal += heat->count(d, h);
        }
    QCOMPARE(double(heatTotal), figures.value(u"inbound_messages"_s).at(3).toDouble());

    // The volume chart's points, day by day.
    QChart *volume = view->charts()->volumeView()->chart();
    auto *received = qobject_cast<QXYSeries *>(volume->series().value(0));
    QVERIFY(received);
    QCOMPARE(received->count(), 14);
    for (const QPointF &p : received->points()) {
        const QString date =
            QDateTime::fromMSecsSinceEpoch(qint64(p.x()), QTimeZone::utc()).date().toString(Qt::ISODate);
        QCOMPARE(csv.value(u"day|"_s + date + u"|inbound_messages"_s).value(3).toDouble(), p.y());
    }

    // Business first response is dashed over a wider calendar line: on a 24/7 calendar the two are
    // equal, and a solid line on top would hide the calendar one.
    QChart *trend = view->charts()->trendView()->chart();
    auto *calendarLine = qobject_cast<QXYSeries *>(trend->series().value(0));
    auto *businessLine = qobject_cast<QXYSeries *>(trend->series().value(1));
    QVERIFY(calendarLine && businessLine);
    QCOMPARE(calendarLine->pen().style(), Qt::SolidLine);
    QVERIFY(businessLine->pen().style() != Qt::SolidLine);
    QVERIFY(calendarLine->pen().widthF() > businessLine->pen().widthF());

    // The intents chart's bars (largest at the top).
    auto *intents = qobject_cast<QHorizontalBarSeries *>(view->charts()->intentView()->chart()->series().value(0));
    QVERIFY(intents);
    QBarSet *bars = intents->barSets().value(0);
    QList<int> csvIntents;
    for (const QStringList &row : rows)
        if (row.at(0) == "intent"_L1)
            csvIntents << row.at(3).toInt();
    std::sort(csvIntents.begin(), csvIntents.end(), std::greater<>());
    QVERIFY(bars->count() > 0);
    for (int i = 0; i < bars->count(); ++i)
        QCOMPARE(int(bars->at(bars->count() - 1 - i)), csvIntents.value(i));

    // The agent table's replies.
    auto *agents = view->findChild<QTableView *>(u"agentTable"_s)->model();
    QVERIFY(agents->rowCount() > 0);
    int compared = 0;
    for (int r = 0; r < agents->rowCount(); ++r) {
        const qint64 id = agents->index(r, 0).data(Qt::UserRole + 1).toLongLong();
        for (const auto &a : view->dashboard().agents)
            if (a.agentId == id) {
                const QString key = a.name.isEmpty() ? u"(none)"_s : a.name;
                QCOMPARE(csv.value(u"agent|"_s + key + u"|responses"_s).value(3).toInt(),
                         agents->index(r, 2).data().toInt());
                ++compared;
            }
    }
    QCOMPARE(compared, agents->rowCount());
}

void TestAnalyticsView::slaBarsExplainThemselves()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    auto *period = view->findChild<QComboBox *>(u"periodCombo"_s);
    QVERIFY(waitForDashboard(view, [&] { period->setCurrentIndex(0); })); // 7 days: one account at 0 %
    const Dashboard &d = view->dashboard();
    QChart *chart = view->charts()->slaView()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(axis->count() > 0);
    int zero = 0;
    for (int i = 0; i < axis->count(); ++i) {
        const QString slaTip = view->charts()->slaBarTip(i, true);
        const QString rateTip = view->charts()->slaBarTip(i, false);
        const QString name = slaTip.section(u": "_s, 0, 0);
        QVERIFY2(axis->at(i).startsWith(name.left(10)), qPrintable(axis->at(i) + u" vs "_s + name));
        QVERIFY(rateTip.startsWith(name + u": "_s));
        bool hasSla = false;
        for (const auto &row : d.slaByChannel)
            if (row.channelName == name && row.rate()) {
                hasSla = true;
                zero += row.hits == 0;
                QVERIFY2(slaTip.contains(u"(%1 of %2 targets)"_s.arg(row.hits).arg(row.hits + row.misses)),
                         qPrintable(slaTip));
                QVERIFY2(slaTip.contains(QLocale().toString(*row.rate() * 100.0, 'f', 1) + u" %"_s),
                         qPrintable(slaTip));
            }
        if (!hasSla)
            QVERIFY2(slaTip.contains(u"no SLA target"_s), qPrintable(slaTip));
        bool hasRule = false;
        for (const auto &row : d.responseRates)
            if (row.channelName == name) {
                hasRule = true;
                if (row.rate)
                    QVERIFY2(
                        rateTip.contains(
                            u"(%1 of %2 answered in time"_s.arg(row.inTime).arg(row.inTime + row.late + row.missed)),
                        qPrintable(rateTip));
            }
        if (!hasRule)
            QVERIFY2(rateTip.contains(u"no marketplace response-rate rule"_s), qPrintable(rateTip));
    }
    // A 0 % account draws no bar: only its tip tells it from one without data.
    QVERIFY(zero > 0);
    QVERIFY(view->charts()->slaBarTip(axis->count(), true).isEmpty());
}

void TestAnalyticsView::drillPanelIsReadable()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    auto *panel = view->findChild<QWidget *>(u"drillPanel"_s);
    QVERIFY(panel && !panel->isVisible());
    QSignalSpy drilled(view, &AnalyticsView::drillShown);
    QTest::mouseClick(view->findChild<MetricTile *>(u"tile_new_conversations"_s), Qt::LeftButton);
    QVERIFY(drilled.wait(10000));
    QVERIFY(panel->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // Wide enough for the subject, account, buyer and status side by side.
    QVERIFY2(panel->width() >= 500, qPrintable(QString::number(panel->width())));
    auto *table = view->findChild<QTableView *>(u"drillTable"_s);
    const int visible = table->viewport()->width();
    int used = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        used += table->columnWidth(c);
    QVERIFY2(used <= visible + 1, qPrintable(u"%1 px of columns in %2 px"_s.arg(used).arg(visible)));
}

void TestAnalyticsView::teamFilterFollowsTheWorkspace()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    auto *team = view->findChild<QComboBox *>(u"teamFilterCombo"_s);
    auto *language = view->findChild<QComboBox *>(u"languageFilterCombo"_s);
    // The demo's agents are on regional teams: each team once, sorted.
    QTRY_VERIFY(language->count() > 1);
    QTRY_COMPARE(team->count(), 4);
    QCOMPARE(team->itemData(1).toString(), u"americas"_s);
    QCOMPARE(team->itemData(2).toString(), u"apac"_s);
    QCOMPARE(team->itemData(3).toString(), u"eu"_s);
    QVERIFY(team->isEnabled());
    const double allNew = view->dashboard().value(u"new_conversations"_s).value_or(0);

    // With no agent on a team the filter says so instead of offering nothing; a team written by hand
    // (" Night, ") appears normalised the next time the dashboard is opened, with the language kept.
    QVERIFY(waitForDashboard(view, [&] { language->setCurrentIndex(1); }));
    const QString chosen = language->currentData().toString();
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(u"UPDATE agents SET teams = ''"_s));
    child<QPushButton>("backToInboxButton")->click();
    view = openAnalytics();
    QVERIFY(view);
    QTRY_COMPARE(team->count(), 1);
    QVERIFY(!team->isEnabled());
    QVERIFY(!team->toolTip().isEmpty());
    QVERIFY(q.exec(u"UPDATE agents SET teams = ' Night, ' WHERE id = (SELECT MIN(id) FROM agents)"_s));
    child<QPushButton>("backToInboxButton")->click();
    view = openAnalytics();
    QVERIFY(view);
    QTRY_COMPARE(team->count(), 2);
    QVERIFY(team->isEnabled());
    QCOMPARE(language->currentData().toString(), chosen);
    QVERIFY(waitForDashboard(view, [&] {
        language->setCurrentIndex(0);
        team->setCurrentIndex(1);
    }));
    QCOMPARE(view->dashboard().filter.team, u"night"_s);
    const double teamNew = view->dashboard().value(u"new_conversations"_s).value_or(0);
    QVERIFY(teamNew > 0);
    QVERIFY(teamNew < allNew);
}

void TestAnalyticsView::rendersInLightAndDarkThemes()
{
    auto *action = child<QAction>("analyticsAction");
    QVERIFY(action);
    action->trigger(); // creates the view; its first dashboard is computed on a worker thread
    AnalyticsView *view = m_window->analytics();
    QVERIFY(view);
    QVERIFY(view->dashboard().figures.isEmpty());
    // Titles, axis labels and legends are there the moment the first dashboard is shown.
    const auto first = grabChartsWhenShown(view, [] {});
    verifyChartText(view, first);
    if (QTest::currentTestFailed())
        return;
    QChartView *trend = view->charts()->trendView();
    QCOMPARE(trend->chart()->backgroundBrush().color(), view->palette().color(QPalette::Base));
    // And after a refresh with other filters.
    const auto light = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 14); });
    verifyChartText(view, light);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(light.value(u"trendChart"_s).text, QColor(0x1F2937));
    screenshot(u"analytics-light.png"_s);

    // The app's own dark theme (View > Theme > Dark): palette and style sheet switch live.
    Theme::apply(*qApp, Theme::Mode::Dark);
    const QColor darkBase = qApp->palette().color(QPalette::Base);
    const QColor darkText = qApp->palette().color(QPalette::Text);
    QVERIFY(darkBase.lightness() < 60 && darkText.lightness() > 200);
    QTRY_COMPARE(trend->chart()->backgroundBrush().color(), darkBase);
    QCOMPARE(trend->chart()->titleBrush().color(), darkText);
    QCOMPARE(trend->chart()->axes().value(0)->labelsBrush().color(), darkText);
    QCOMPARE(trend->chart()->legend()->labelColor(), darkText);
    const auto shots = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 21); });
    verifyChartText(view, shots);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shots.value(u"trendChart"_s).text, darkText);
    // Light text on the dark chart background: the background itself is dark.
    const QImage img = shots.value(u"trendChart"_s).image;
    QVERIFY(img.pixelColor(img.width() - 8, img.height() / 2).lightness() < 80);
    QVERIFY(waitForDashboard(view, [&] { setCustomPeriod(view, 14); }));
    screenshot(u"analytics-dark.png"_s);
}

void TestAnalyticsView::rendersInChinese()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"zh_CN"_s, false));
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    const auto shots = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 14); });
    verifyChartText(view, shots);
    if (QTest::currentTestFailed())
        return;
    const QChart *trend = view->charts()->trendView()->chart();
    const QString title = trend->title();
    int cjk = 0;
    const QFontMetrics metrics(trend->titleFont());
    for (const QChar c : title)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            ++cjk;
            QVERIFY2(metrics.inFont(c), qPrintable(u"no glyph for %1 in %2"_s.arg(c).arg(trend->titleFont().family())));
        }
    QVERIFY2(cjk > 0, qPrintable(title)); // translated
    QVERIFY(view->findChild<MetricTile *>(u"tile_backlog"_s)->findChild<QLabel *>(u"tileName"_s)->text()
            != u"Backlog"_s);
    screenshot(u"analytics-zh.png"_s);
    QVERIFY(languages.setLanguage(u"en"_s, false));
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
