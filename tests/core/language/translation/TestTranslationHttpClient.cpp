#include "FakeHttpServer.h"
#include "core/common/Clock.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

using Response = TranslationHttpClient::Response;

TranslationHttpClient::Policy fastPolicy()
{
    TranslationHttpClient::Policy p;
    p.maxAttempts = 3;
    p.baseBackoffMs = 20;
    p.maxBackoffMs = 100;
    p.maxRetryAfterMs = 2000;
    p.transferTimeoutMs = 300;
    return p;
}

// Sends one request and waits for the answer.
std::optional<Result<Response>> sendAndWait(TranslationHttpClient &client, const QUrl &url, QObject *context = nullptr)
{
    std::optional<Result<Response>> answer;
    TranslationHttpClient::Request req;
    req.method = "POST";
    req.url = url;
    req.body = "q=hello";
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    req.service = u"Test"_s;
    QObject local;
    client.send(req, context ? context : &local, [&answer](Result<Response> r) { answer.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000);
    return answer;
}

} // namespace

class TestTranslationHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TranslationHttpClient> m_client;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<TranslationHttpClient>(fastPolicy(), nullptr);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void deliversTheAnswerAndSendsTheRequest()
    {
        m_server->enqueue(FakeHttpServer::json(200, R"({"ok": true})", {{"X-Extra", "1"}}));
        const auto r = sendAndWait(*m_client, m_server->url().resolved(QUrl(u"/translate"_s)));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, 200);
        QCOMPARE(r->value().body, QByteArray(R"({"ok": true})"));
        QCOMPARE(r->value().header("x-extra"), QByteArray("1"));
        QCOMPARE(r->value().attempts, 1);
        QCOMPARE(m_server->received().size(), 1);
        QCOMPARE(m_server->received().first().method, QByteArray("POST"));
        QCOMPARE(m_server->received().first().path, QByteArray("/translate"));
        QCOMPARE(m_server->received().first().body, QByteArray("q=hello"));
        QVERIFY(m_server->received().first().headers.value("user-agent").startsWith("HarborDesk/"));
    }

    void retriesTransientStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429 without Retry-After") << 429;
        QTest::newRow("500 internal error") << 500;
        QTest::newRow("502 bad gateway") << 502;
        QTest::newRow("503 unavailable") << 503;
        QTest::newRow("504 gateway timeout") << 504;
    }

    void retriesTransientStatuses()
    {
        QFETCH(int, status);
        m_server->enqueue(FakeHttpServer::json(status, "{}"));
        m_server->enqueue(FakeHttpServer::json(200, R"({"ok": true})"));
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, 200);
        QCOMPARE(r->value().attempts, 2);
        QCOMPARE(m_server->received().size(), 2);
    }

    void givesUpAfterMaxAttempts()
    {
        for (int i = 0; i < 5; ++i)
            m_server->enqueue(FakeHttpServer::json(503, R"({"message": "down"})"));
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, 503);
        QCOMPARE(r->value().attempts, 3);
        QCOMPARE(m_server->received().size(), 3);
    }

    void doesNotRetryClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400 bad request") << 400;
        QTest::newRow("403 forbidden") << 403;
        QTest::newRow("456 DeepL quota") << 456;
    }

    void doesNotRetryClientErrors()
    {
        QFETCH(int, status);
        m_server->enqueue(FakeHttpServer::json(status, "{}"));
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, status);
        QCOMPARE(m_server->received().size(), 1);
    }

    void honoursRetryAfter()
    {
        m_server->enqueue(FakeHttpServer::json(429, R"({"message": "slow down"})", {{"Retry-After", "1"}}));
        m_server->enqueue(FakeHttpServer::json(200, R"({"ok": true})"));
        QElapsedTimer timer;
        timer.start();
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, 200);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(u"retried after %1 ms"_s.arg(timer.elapsed())));
    }

    void reportsARetryAfterTooLongToWait()
    {
        m_server->enqueue(FakeHttpServer::json(429, R"({"message": "slow down"})", {{"Retry-After", "120"}}));
        QElapsedTimer timer;
        timer.start();
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, 429);
        QCOMPARE(r->value().retryAfterMs, 120000);
        QCOMPARE(r->value().attempts, 1);
        QVERIFY(timer.elapsed() < 1000);
    }

    void timesOutAndRetries()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        const auto r = sendAndWait(*m_client, m_server->url());
        QVERIFY(r && !r->ok());
        QCOMPARE(TranslationError::failure(r->error()), TranslationFailure::Timeout);
        QCOMPARE(r->error().code, Error::Code::Network);
        QCOMPARE(m_server->received().size(), 3);
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r = sendAndWait(*m_client, QUrl(u"http://127.0.0.1:%1/translate?key=SECRET-KEY"_s.arg(port)));
        QVERIFY(r && !r->ok());
        QCOMPARE(TranslationError::failure(r->error()), TranslationFailure::Network);
        QVERIFY(!r->error().detail.contains(u"SECRET-KEY"_s));
        QVERIFY(!r->error().message.contains(u"SECRET-KEY"_s));
    }

    void dropsTheCallbackWhenTheContextDies()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        bool called = false;
        auto context = std::make_unique<QObject>();
        TranslationHttpClient::Request req;
        req.url = m_server->url();
        req.service = u"Test"_s;
        m_client->send(req, context.get(), [&called](const Result<Response> &) { called = true; });
        QTRY_COMPARE(m_server->received().size(), 1);
        context.reset();
        QTest::qWait(500); // longer than the transfer timeout and its retries' first backoff
        QVERIFY(!called);
        QCOMPARE(m_server->received().size(), 1);
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("30") << qint64(30000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
        QTest::newRow("HTTP-date 90 s ahead") << QByteArray("Wed, 21 Oct 2015 07:29:30 GMT") << qint64(90000);
        QTest::newRow("HTTP-date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(TranslationHttpClient::parseRetryAfterMs(value, now), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslationHttpClient)
#include "TestTranslationHttpClient.moc"
