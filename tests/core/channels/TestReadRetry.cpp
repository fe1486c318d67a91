// ReadRetry: which failures are retried and after how long, and that a read is retried at most
// kMaxRetries times on a timer (no sleeps), reporting the first success or the last failure.
#include "core/channels/ReadRetry.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

ChannelFailure failure(ChannelFailure::Kind kind, qint64 retryAfterMs = 0)
{
    ChannelFailure f;
    f.kind = kind;
    f.retryAfterMs = retryAfterMs;
    f.message = u"failed"_s;
    f.detail = u"detail %1"_s.arg(int(kind));
    return f;
}

struct Outcome
{
    bool reported = false;
    int reports = 0;
    std::optional<int> value;
    std::optional<ChannelFailure> failure;
};

} // namespace

class TestReadRetry final : public QObject
{
    Q_OBJECT

    /// Runs a read whose attempts answer from `script` in turn (nullopt: success with the attempt number).
    std::shared_ptr<Outcome>
    runScript(QObject *context, const QList<std::optional<ChannelFailure>> &script, int *attempts)
    {
        auto out = std::make_shared<Outcome>();
        ReadRetry::run<int>(
            context,
            "test",
            u"test read"_s,
            [script, attempts](ReadRetry::Done<int> done) {
                const int n = (*attempts)++;
                const std::optional<ChannelFailure> f = script.value(n, std::nullopt);
                if (f)
                    done(failureError(*f), f);
                else
                    done(n, std::nullopt);
            },
            [out](Result<int> r, std::optional<ChannelFailure> f) {
                ++out->reports;
                out->reported = true;
                if (r)
                    out->value = r.value();
                out->failure = f;
            });
        return out;
    }

    static Error failureError(const ChannelFailure &f)
    {
        return Error::make(Error::Code::Network, f.message, f.detail);
    }

private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("expected");
        using K = ChannelFailure::Kind;
        QTest::newRow("transient, first retry") << int(K::Transient) << qint64(0) << 1 << qint64(200);
        QTest::newRow("transient, third retry") << int(K::Transient) << qint64(0) << 3 << qint64(600);
        QTest::newRow("transient, retries used up") << int(K::Transient) << qint64(0) << 4 << qint64(-1);
        QTest::newRow("429 without Retry-After") << int(K::RateLimited) << qint64(0) << 2 << qint64(400);
        QTest::newRow("429 Retry-After 1 s") << int(K::RateLimited) << qint64(1'000) << 1 << qint64(1'000);
        QTest::newRow("429 Retry-After 5 s") << int(K::RateLimited) << qint64(5'000) << 3 << qint64(5'000);
        QTest::newRow("429 Retry-After 7 s fails the page") << int(K::RateLimited) << qint64(7'000) << 1 << qint64(-1);
        QTest::newRow("auth never") << int(K::Auth) << qint64(0) << 1 << qint64(-1);
        QTest::newRow("permanent never") << int(K::Permanent) << qint64(0) << 1 << qint64(-1);
        QTest::newRow("retry 0 is not a retry") << int(K::Transient) << qint64(0) << 0 << qint64(-1);
    }
    void delay()
    {
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(int, retry);
        QFETCH(qint64, expected);
        QCOMPARE(ReadRetry::delayMs(failure(ChannelFailure::Kind(kind), retryAfterMs), retry), expected);
    }

    void transientFaultsAreAbsorbed()
    {
        QObject context;
        int attempts = 0;
        QElapsedTimer timer;
        timer.start();
        const auto out = runScript(&context,
                                   {failure(ChannelFailure::Kind::Transient),
                                    failure(ChannelFailure::Kind::RateLimited, 300),
                                    failure(ChannelFailure::Kind::Transient)},
                                   &attempts);
        QVERIFY(!out->reported); // the backoff runs on the event loop, never inline
        QTRY_VERIFY_WITH_TIMEOUT(out->reported, 5'000);
        QCOMPARE(out->reports, 1);
        QCOMPARE(attempts, 4);
        QVERIFY(!out->failure);
        QCOMPARE(out->value, 3);
        QVERIFY(timer.elapsed() >= 200 + 300 + 600 - 50); // each backoff was waited for
    }

    void persistentFaultFailsWithTheLastFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<int>("expectedAttempts");
        using K = ChannelFailure::Kind;
        QTest::newRow("transient beyond 3 retries") << int(K::Transient) << qint64(0) << 4;
        QTest::newRow("429 beyond 3 retries") << int(K::RateLimited) << qint64(100) << 4;
        QTest::newRow("429 Retry-After 7 s at once") << int(K::RateLimited) << qint64(7'000) << 1;
        QTest::newRow("auth at once") << int(K::Auth) << qint64(0) << 1;
        QTest::newRow("permanent at once") << int(K::Permanent) << qint64(0) << 1;
    }
    void persistentFaultFailsWithTheLastFailure()
    {
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(int, expectedAttempts);
        const ChannelFailure f = failure(ChannelFailure::Kind(kind), retryAfterMs);
        QObject context;
        int attempts = 0;
        const auto out = runScript(&context, {f, f, f, f, f, f}, &attempts);
        QTRY_VERIFY_WITH_TIMEOUT(out->reported, 5'000);
        QCOMPARE(out->reports, 1);
        QCOMPARE(attempts, expectedAttempts);
        QVERIFY(!out->value);
        QVERIFY(out->failure);
        QCOMPARE(int(out->failure->kind), kind);
        QCOMPARE(out->failure->retryAfterMs, retryAfterMs);
        QCOMPARE(out->failure->detail, f.detail);
    }

    void contextGoneDuringBackoffStopsTheRead()
    {
        auto context = std::make_unique<QObject>();
        int attempts = 0;
        const auto out = runScript(context.get(), {failure(ChannelFailure::Kind::Transient)}, &attempts);
        QCOMPARE(attempts, 1);
        context.reset();   // the connector went away while waiting
        QTest::qWait(400); // longer than the 200 ms backoff: nothing may run now
        QCOMPARE(attempts, 1);
        QVERIFY(!out->reported);
    }
};

QTEST_GUILESS_MAIN(TestReadRetry)
#include "TestReadRetry.moc"
