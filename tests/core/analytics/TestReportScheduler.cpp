// Scheduled reports: which period a run covers, when a definition is due, and that runDue writes
// each due report once into its folder (the CLI's --run-due, the GUI's timer).

#include "AnalyticsFixture.h"
#include "core/analytics/ReportDefinitionRepository.h"
#include "core/analytics/ReportScheduler.h"
#include "tests/core/storage/StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

class TestReportScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void periods_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        // Wednesday 2026-11-04 15:00 UTC.
        QTest::newRow("daily: yesterday") << u"daily"_s << at(2, 15) << at(1, 0) << at(2, 0);
        QTest::newRow("weekly: the week before this Monday") << u"weekly"_s << at(2, 15) << at(-7, 0) << at(0, 0);
        QTest::newRow("weekly on Monday 00:00: the week just ended") << u"weekly"_s << at(7, 0) << at(0, 0) << at(7, 0);
    }
    void periods()
    {
        QFETCH(QString, schedule);
        QFETCH(qint64, now);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        ReportDefinition d;
        d.schedule = ReportDefinition::scheduleFromString(schedule).value();
        const AnalyticsFilter f = d.periodAt(now);
        QCOMPARE(f.fromMs, from);
        QCOMPARE(f.toMs, to);
        d.lastRunAt = 0;
        QVERIFY(d.isDue(now));
        d.lastRunAt = to; // ran right when the period ended
        QVERIFY(!d.isDue(now));
    }

    void badInput()
    {
        QVERIFY(!ReportDefinition::scheduleFromString(u"hourly"_s).ok());
        QVERIFY(!ReportBuilder::kindFromString(u"orders"_s).ok());
    }

    void runDueWritesOnce_data() { addEngineRows(); }
    void runDueWritesOnce()
    {
        QVERIFY(m_dir.isValid());
        QFETCH(QString, engine);
        FakeClock clock(at(7, 6)); // Monday after the fixture week, 06:00
        auto ws = openFresh(engine, m_dir, clock);
        QVERIFY(ws);
        AnalyticsFixture fx(ws->database());
        QVERIFY2(fx.build(), qPrintable(fx.error()));

        const ReportDefinitionRepository repo(ws->database());
        ReportDefinition weekly;
        weekly.name = u"Weekly / Amazon"_s;
        weekly.kind = ReportBuilder::Kind::Summary;
        weekly.schedule = ReportDefinition::Schedule::Weekly;
        weekly.filter.channelIds = {fx.amazon};
        weekly.folder = m_dir.filePath(u"reports/"_s + engine);
        weekly.createdAt = clock.nowMs();
        auto id = repo.add(weekly);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        ReportDefinition nameless = weekly;
        nameless.name = u"  "_s;
        QCOMPARE(repo.add(nameless).error().code, Error::Code::InvalidArgument);

        auto written = ReportScheduler::runDue(ws->database(), clock.nowMs());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
        QCOMPARE(written->written.size(), 1);
        QVERIFY(written->failures.isEmpty());
        QCOMPARE(QFileInfo(written->written.first()).fileName(), u"Weekly-Amazon-summary-2026-11-02.csv"_s);
        QFile file(written->written.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        // Amazon only: C1 and C4 are the new conversations of the week.
        QVERIFY2(csv.contains(u"\nfigure,new_conversations,New conversations,2,"_s), qPrintable(csv.left(400)));

        auto stored = repo.find(id.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored->lastRunAt, clock.nowMs());
        QCOMPARE(stored->filter.channelIds, QList<qint64>{fx.amazon});
        // Not due again until the next week has ended.
        clock.advanceMs(2 * kDay);
        written = ReportScheduler::runDue(ws->database(), clock.nowMs());
        QVERIFY(written.ok());
        QCOMPARE(written->written.size(), 0);
        clock.advanceMs(5 * kDay);
        written = ReportScheduler::runDue(ws->database(), clock.nowMs());
        QVERIFY(written.ok());
        QCOMPARE(written->written.size(), 1);
        QVERIFY(repo.remove(id.value()).ok());
        QCOMPARE(repo.list()->size(), 0);
    }

    void aFailingDefinitionDoesNotHoldTheOthersBack_data() { addEngineRows(); }
    void aFailingDefinitionDoesNotHoldTheOthersBack()
    {
        QTemporaryDir dir; // a workspace of its own: runDueWritesOnce's is in m_dir
        QVERIFY(dir.isValid());
        QFETCH(QString, engine);
        FakeClock clock(at(7, 6));
        auto ws = openFresh(engine, dir, clock);
        QVERIFY(ws);
        AnalyticsFixture fx(ws->database());
        QVERIFY2(fx.build(), qPrintable(fx.error()));
        // A folder that cannot be created (a file is in the way), saved first, so listed first.
        const QString blocker = dir.filePath(u"blocker-"_s + engine);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ReportDefinitionRepository repo(ws->database());
        ReportDefinition broken;
        broken.name = u"Broken"_s;
        broken.schedule = ReportDefinition::Schedule::Daily;
        broken.folder = blocker + u"/reports"_s;
        broken.createdAt = clock.nowMs();
        auto brokenId = repo.add(broken);
        QVERIFY(brokenId.ok());
        ReportDefinition daily = broken;
        daily.name = u"Daily"_s;
        daily.folder = dir.filePath(u"daily-"_s + engine);
        auto dailyId = repo.add(daily);
        QVERIFY(dailyId.ok());

        auto run = ReportScheduler::runDue(ws->database(), clock.nowMs());
        QVERIFY(run.ok());
        QCOMPARE(run->written.size(), 1);
        QVERIFY(QFile::exists(run->written.first()));
        QCOMPARE(QFileInfo(run->written.first()).fileName(), u"Daily-summary-2026-11-08.csv"_s);
        QCOMPARE(run->failures.size(), 1);
        QVERIFY2(run->failures.first().message.contains(u"\"Broken\""_s), qPrintable(run->failures.first().message));
        // The broken one is tried again next time; the written one is not due any more.
        QCOMPARE(repo.find(brokenId.value())->lastRunAt, 0);
        QCOMPARE(repo.find(dailyId.value())->lastRunAt, clock.nowMs());
        run = ReportScheduler::runDue(ws->database(), clock.nowMs());
        QVERIFY(run.ok());
        QCOMPARE(run->written.size(), 0);
        QCOMPARE(run->failures.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportScheduler)
#include "TestReportScheduler.moc"
