#include "core/sync/Backoff.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingGrowsToCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first retry waits up to the base") << 1 << qint64(1'000);
        QTest::newRow("second retry doubles") << 2 << qint64(2'000);
        QTest::newRow("fifth retry") << 5 << qint64(16'000);
        QTest::newRow("capped") << 12 << qint64(60'000);
        QTest::newRow("huge attempt stays capped") << 1'000 << qint64(60'000);
        QTest::newRow("zero counts as the first") << 0 << qint64(1'000);
    }
    void ceilingGrowsToCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        Backoff b(BackoffPolicy{1'000, 60'000, 3'600'000}, 42);
        QCOMPARE(b.ceilingMs(attempt), ceiling);
    }

    void fullJitterStaysInWindowAndSpreads()
    {
        Backoff b(BackoffPolicy{1'000, 60'000, 3'600'000}, 7);
        qint64 lo = std::numeric_limits<qint64>::max(), hi = 0;
        for (int i = 0; i < 2'000; ++i) {
            const qint64 d = b.delayMs(4);
            QVERIFY(d >= 0 && d <= 8'000);
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
        // Full jitter: draws cover the whole window, not just its top.
        QVERIFY2(lo < 800, qPrintable(QString::number(lo)));
        QVERIFY2(hi > 7'200, qPrintable(QString::number(hi)));
    }

    void sameSeedSameDelays()
    {
        Backoff a(BackoffPolicy{}, 99), b(BackoffPolicy{}, 99);
        for (int i = 1; i < 10; ++i)
            QCOMPARE(a.delayMs(i), b.delayMs(i));
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::newRow("30 s from a 429") << qint64(30'000) << qint64(30'000) << qint64(31'000);
        QTest::newRow("short wait gets little jitter") << qint64(50) << qint64(50) << qint64(55);
        QTest::newRow("a day-long ask is capped") << qint64(100 * 3'600'000) << qint64(3'600'000) << qint64(3'601'000);
    }
    void retryAfterIsHonoured()
    {
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        Backoff b(BackoffPolicy{1'000, 60'000, 3'600'000}, 3);
        for (int i = 0; i < 200; ++i) {
            const qint64 d = b.delayMs(1, retryAfter);
            QVERIFY2(d >= min && d <= max, qPrintable(QString::number(d)));
        }
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        // "now" is Sun, 06 Nov 1994 08:49:37 GMT.
        QTest::newRow("delta seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << qint64(0);
        QTest::newRow("http date 90 s ahead") << QByteArray("Sun, 06 Nov 1994 08:51:07 GMT") << qint64(90'000);
        QTest::newRow("http date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(0);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QCOMPARE(Backoff::parseRetryAfter(value, 784'111'777'000), expected);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
