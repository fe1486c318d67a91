#include "core/workflow/sla/SlaDisplay.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kSec = 1000;
constexpr qint64 kMin = 60 * kSec;
constexpr qint64 kHour = 60 * kMin;
} // namespace

class TestSlaDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countdownText_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<QString>("text");
        QTest::newRow("hours and minutes") << 3 * kHour + 12 * kMin << u"3h 12m"_s;
        QTest::newRow("minutes only") << 45 * kMin << u"45m"_s;
        QTest::newRow("whole hours") << 2 * kHour << u"2h"_s;
        QTest::newRow("seconds round up to a minute") << 10 * kSec << u"1m"_s;
        QTest::newRow("partial minute rounds up") << 44 * kMin + 1 << u"45m"_s;
        QTest::newRow("days and hours") << 26 * kHour + 30 * kMin << u"1d 2h"_s;
        QTest::newRow("whole days") << 48 * kHour << u"2d"_s;
        QTest::newRow("due now") << qint64(0) << u"0m"_s;
        QTest::newRow("overdue hours and minutes") << -(2 * kHour + 5 * kMin) << u"overdue 2h 5m"_s;
        QTest::newRow("overdue by seconds") << -5 * kSec << u"overdue 1m"_s;
        QTest::newRow("overdue by days") << -(3 * 24 * kHour) << u"overdue 3d"_s;
    }
    void countdownText()
    {
        QFETCH(qint64, remaining);
        QFETCH(QString, text);
        QCOMPARE(SlaDisplay::countdownText(remaining), text);
    }

    void urgency_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("urgency");
        QTest::newRow("24 h target with 7 h left is ok") << 7 * kHour << 24 * kHour << u"ok"_s;
        QTest::newRow("24 h target with 6 h left warns (25 %)") << 6 * kHour << 24 * kHour << u"warning"_s;
        QTest::newRow("4 h target with 2 h 1 m left is ok") << 2 * kHour + kMin << 4 * kHour << u"ok"_s;
        QTest::newRow("4 h target with 2 h left warns (2 h)") << 2 * kHour << 4 * kHour << u"warning"_s;
        QTest::newRow("1 h target warns from the start") << kHour << kHour << u"warning"_s;
        QTest::newRow("31 m left is only a warning") << 31 * kMin << 24 * kHour << u"warning"_s;
        QTest::newRow("30 m left is critical") << 30 * kMin << 24 * kHour << u"critical"_s;
        QTest::newRow("due now is critical") << qint64(0) << 24 * kHour << u"critical"_s;
        QTest::newRow("past the deadline is overdue") << qint64(-1) << 24 * kHour << u"overdue"_s;
    }
    void urgency()
    {
        QFETCH(qint64, remaining);
        QFETCH(qint64, target);
        QFETCH(QString, urgency);
        QCOMPARE(SlaDisplay::urgencyToString(SlaDisplay::urgency(remaining, target)), urgency);
    }

    void badge_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("overdue");
        QTest::addColumn<qint64>("completedAt");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("urgency");
        using S = SlaTargetStatus::State;
        QTest::newRow("running") << int(S::Running) << 3 * kHour + 12 * kMin << qint64(0) << qint64(0) << u"3h 12m"_s
                                 << u"ok"_s;
        QTest::newRow("paused shows the time left")
            << int(S::Paused) << 90 * kMin << qint64(0) << qint64(0) << u"paused · 1h 30m"_s << u"none"_s;
        QTest::newRow("overdue counts wall-clock time past the deadline")
            << int(S::Breached) << qint64(0) << 15 * kHour << qint64(0) << u"overdue 15h"_s << u"overdue"_s;
        QTest::newRow("met late") << int(S::Breached) << -kHour << kHour << qint64(1) << u"met late"_s << u"none"_s;
        QTest::newRow("met") << int(S::Met) << kHour << qint64(0) << qint64(1) << u"met"_s << u"none"_s;
        QTest::newRow("stopped") << int(S::Stopped) << kHour << qint64(0) << qint64(1) << u"stopped"_s << u"none"_s;
    }
    void badge()
    {
        QFETCH(int, state);
        QFETCH(qint64, remaining);
        QFETCH(qint64, overdue);
        QFETCH(qint64, completedAt);
        QFETCH(QString, text);
        QFETCH(QString, urgency);
        SlaTargetStatus s;
        s.state = SlaTargetStatus::State(state);
        s.targetMs = 12 * kHour;
        s.remainingMs = remaining;
        s.overdueMs = overdue;
        s.completedAt = completedAt;
        const auto b = SlaDisplay::badge(s);
        QCOMPARE(b.text, text);
        QCOMPARE(SlaDisplay::urgencyToString(b.urgency), urgency);
    }

    void customThresholds()
    {
        SlaThresholds t;
        t.warningFraction = 0.5;
        t.warningMs = 0;
        t.criticalMs = 10 * kMin;
        QCOMPARE(SlaDisplay::urgency(6 * kHour, 12 * kHour, t), SlaDisplay::Urgency::Warning);
        QCOMPARE(SlaDisplay::urgency(6 * kHour + 1, 12 * kHour, t), SlaDisplay::Urgency::Ok);
        QCOMPARE(SlaDisplay::urgency(10 * kMin, 12 * kHour, t), SlaDisplay::Urgency::Critical);
    }

    void urgencyStringsRoundTrip()
    {
        for (int u = 0; u <= int(SlaDisplay::Urgency::Overdue); ++u) {
            bool ok = false;
            const auto urgency = SlaDisplay::Urgency(u);
            QCOMPARE(SlaDisplay::urgencyFromString(SlaDisplay::urgencyToString(urgency), &ok), urgency);
            QVERIFY(ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestSlaDisplay)
#include "TestSlaDisplay.moc"
