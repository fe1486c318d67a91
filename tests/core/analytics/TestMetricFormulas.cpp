#include "core/analytics/MetricFormulas.h"

#include <QTest>

#include <limits>

using namespace hd;

namespace {
double v(std::optional<double> o)
{
    return o.value_or(std::numeric_limits<double>::quiet_NaN());
}
} // namespace

class TestMetricFormulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stats_data()
    {
        QTest::addColumn<std::vector<qint64>>("values");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("median");
        QTest::addColumn<qint64>("p90");
        // mean = sum / n; median = middle (or mean of the two middles); p90 = ceil(0.9 n)-th smallest.
        QTest::newRow("one value") << std::vector<qint64>{42} << 42.0 << 42.0 << qint64(42);
        QTest::newRow("odd count, unsorted") << std::vector<qint64>{30, 10, 20} << 20.0 << 20.0 << qint64(30);
        QTest::newRow("even count: mean of middles") << std::vector<qint64>{4, 1, 3, 2} << 2.5 << 2.5 << qint64(4);
        // 10 values 1..10: p90 = ceil(9) = 9th = 9
        QTest::newRow("ten values") << std::vector<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5.5 << 5.5 << qint64(9);
        // 11 values 1..11: p90 = ceil(9.9) = 10th = 10
        QTest::newRow("eleven values") << std::vector<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 6.0 << 6.0
                                       << qint64(10);
        QTest::newRow("skewed") << std::vector<qint64>{1000, 1000, 1000, 97000} << 25000.0 << 1000.0 << qint64(97000);
        QTest::newRow("days in ms stay exact") << std::vector<qint64>{864'000'000'000, 864'000'000'002}
                                               << 864'000'000'001.0 << 864'000'000'001.0 << qint64(864'000'000'002);
    }
    void stats()
    {
        QFETCH(std::vector<qint64>, values);
        QFETCH(double, mean);
        QFETCH(double, median);
        QFETCH(qint64, p90);
        const DurationStats s = MetricFormulas::durationStats(values);
        QCOMPARE(s.count, int(values.size()));
        QCOMPARE(v(s.meanMs), mean);
        QCOMPARE(v(s.medianMs), median);
        QCOMPARE(s.p90Ms.value_or(-1), p90);
    }

    void emptySetHasNoFigures()
    {
        const DurationStats s = MetricFormulas::durationStats({});
        QCOMPARE(s.count, 0);
        QVERIFY(!s.meanMs && !s.medianMs && !s.p90Ms);
        QVERIFY(!MetricFormulas::percentile({1, 2}, 0.0));
        QVERIFY(!MetricFormulas::percentile({1, 2}, 101.0));
    }

    void shareAndChange_data()
    {
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("change");
        QTest::newRow("up by half") << 150.0 << 100.0 << 0.5;
        QTest::newRow("down by a quarter") << 75.0 << 100.0 << -0.25;
        QTest::newRow("negative base") << -50.0 << -100.0 << 0.5;
    }
    void shareAndChange()
    {
        QFETCH(double, current);
        QFETCH(double, previous);
        QFETCH(double, change);
        QCOMPARE(v(MetricFormulas::change(current, previous)), change);
    }

    void missingValues()
    {
        QVERIFY(!MetricFormulas::change(1.0, 0.0));
        QVERIFY(!MetricFormulas::change(std::nullopt, 1.0));
        QVERIFY(!MetricFormulas::change(1.0, std::nullopt));
        QVERIFY(!MetricFormulas::share(1, 0));
        QCOMPARE(v(MetricFormulas::share(1, 4)), 0.25);
    }
};

QTEST_GUILESS_MAIN(TestMetricFormulas)
#include "TestMetricFormulas.moc"
