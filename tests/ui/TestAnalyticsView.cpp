// Drives the analytics dashboard offscreen through object names, on the demo workspace: open it
// from the main window, change the period (preset and custom) and a filter, drill into a chart by
// clicking a bar, open a conversation from the drill-down list, export CSV and compare the file
// with what the view shows; the team filter follows the workspace; the focus tracker stores handle
// time. The charts themselves: TestAnalyticsCharts.

#include "tests/support/CsvRows.h"
#include "tests/ui/AnalyticsViewTestBase.h"

using namespace hd;
using namespace hd::test;
using hd::test::parseCsv;
using namespace Qt::StringLiterals;

class TestAnalyticsView : public AnalyticsViewTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AnalyticsViewTestBase::initTestCase(); }
    void init() { AnalyticsViewTestBase::init(); }
    void cleanup() { AnalyticsViewTestBase::cleanup(); }

    void opensFiltersDrillsAndExports();
    void exportedSummaryMatchesTheScreen();
    void drillPanelIsReadable();
    void teamFilterFollowsTheWorkspace();
    void focusTrackerStoresHandleTime();
};

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
