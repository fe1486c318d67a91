// harbordesk-sim itself: run as a process (--port 0 prints the port first), the /_sim control
// endpoints (faults, inject, expire_tokens, sent, stats), fault rules ("next N" and probability),
// and the live feed of multilingual buyer messages.
#include "app/sim/SimLiveFeed.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/common/Clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z

QString sourceDir()
{
    const QString root = qEnvironmentVariable("HARBORDESK_SOURCE_DIR");
    return root.isEmpty() ? QStringLiteral(HD_SOURCE_DIR) : root;
}

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Answer call(QNetworkAccessManager &nam,
            const QByteArray &method,
            const QUrl &url,
            const QByteArray &body = {},
            int timeoutMs = 5'000)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    a.error = reply->error();
    reply->deleteLater();
    return a;
}

} // namespace

class TestSimServer final : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    QNetworkAccessManager m_nam;

    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_sim->baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    QUrl ebayList() const
    {
        return url(u"/ebay/commerce/message/v1/conversation"_s, u"conversation_type=FROM_MEMBERS"_s);
    }

    Answer ebayGet(const QUrl &u)
    {
        QNetworkRequest req(u);
        req.setRawHeader("Authorization", "Bearer sim-ebay-access-1");
        req.setTransferTimeout(1'500);
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        a.error = reply->error();
        reply->deleteLater();
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNowMs(kNow);
        m_sim = std::make_unique<sim::SimServer>(m_clock);
        sim::installAllRoutes(*m_sim);
        QVERIFY(m_sim->loadScenarioFile(sourceDir() + u"/resources/sim/demo.json"_s).ok());
        QVERIFY(m_sim->listen(0).ok());
    }
    void cleanup() { m_sim.reset(); }

    void runsAsAProcess()
    {
        QProcess sim;
        sim.start(QStringLiteral(HD_SIM_BINARY),
                  {u"--port"_s, u"0"_s, u"--scenario"_s, sourceDir() + u"/resources/sim/demo.json"_s});
        QVERIFY2(sim.waitForStarted(10'000), qPrintable(sim.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 20'000);
        bool ok = false;
        const int port = QString::fromLatin1(sim.readLine()).trimmed().toInt(&ok);
        QVERIFY(ok && port > 0);
        QUrl health(u"http://127.0.0.1/_sim/health"_s);
        health.setPort(port);
        const Answer a = call(m_nam, "GET", health);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.value(u"ok"_s).toBool());
        QVERIFY(a.json.value(u"routes"_s).toArray().contains(u"ebay.getConversations"_s));
        QVERIFY(a.json.value(u"routes"_s).toArray().contains(u"shopee.sendMessage"_s));
        sim.terminate();
        QVERIFY(sim.waitForFinished(10'000));
    }

    void rejectsABadScenario()
    {
        QProcess sim;
        sim.start(QStringLiteral(HD_SIM_BINARY), {u"--port"_s, u"0"_s, u"--scenario"_s, u"/nonexistent.json"_s});
        QVERIFY(sim.waitForFinished(20'000));
        QCOMPARE(sim.exitCode(), 1);
        QVERIFY(sim.readAllStandardError().contains("Cannot open scenario"));
    }

    void unknownRoutesAndMethods()
    {
        QCOMPARE(call(m_nam, "GET", url(u"/nowhere"_s)).status, 404);
        QCOMPARE(call(m_nam, "DELETE", url(u"/ebay/commerce/message/v1/conversation"_s)).status, 405);
        QCOMPARE(call(m_nam, "GET", url(u"/_sim/unknown"_s)).status, 404);
    }

    void faultsFromTheControlEndpoint()
    {
        const Answer bad = call(m_nam, "POST", url(u"/_sim/faults"_s), R"({"kind":"meteor","next":1})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(u"error"_s).toString().contains(u"unknown fault kind"_s));

        const Answer added = call(m_nam,
                                  "POST",
                                  url(u"/_sim/faults"_s),
                                  R"({"faults":[{"route":"ebay.*","kind":"rate_limit","retryAfter":9,"next":2}]})");
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json.value(u"faults"_s).toArray().size(), 1);

        for (int i = 0; i < 2; ++i) {
            const Answer limited = ebayGet(ebayList());
            QCOMPARE(limited.status, 429);
        }
        QCOMPARE(ebayGet(ebayList()).status, 200); // "next 2" used up
        QVERIFY(m_sim->faults().isEmpty());

        QCOMPARE(
            call(m_nam, "POST", url(u"/_sim/faults"_s), R"({"route":"*","kind":"5xx","status":502,"probability":1})")
                .status,
            200);
        QCOMPARE(ebayGet(ebayList()).status, 502);
        QCOMPARE(call(m_nam, "DELETE", url(u"/_sim/faults"_s)).status, 200);
        QCOMPARE(ebayGet(ebayList()).status, 200);
    }

    void faultKinds()
    {
        QVERIFY(
            m_sim
                ->addFault(
                    QJsonObject{{u"route"_s, u"ebay.getConversations"_s}, {u"kind"_s, u"malformed"_s}, {u"next"_s, 1}})
                .ok());
        const Answer malformed = ebayGet(ebayList());
        QCOMPARE(malformed.status, 200);
        QVERIFY(QJsonDocument::fromJson(malformed.body).isNull());

        QVERIFY(
            m_sim
                ->addFault(
                    QJsonObject{{u"route"_s, u"ebay.getConversations"_s}, {u"kind"_s, u"truncated"_s}, {u"next"_s, 1}})
                .ok());
        const Answer cut = ebayGet(ebayList());
        QVERIFY(cut.error != QNetworkReply::NoError); // connection closed before Content-Length

        QVERIFY(
            m_sim
                ->addFault(
                    QJsonObject{{u"route"_s, u"ebay.getConversations"_s}, {u"kind"_s, u"timeout"_s}, {u"next"_s, 1}})
                .ok());
        const Answer silent = ebayGet(ebayList());
        QCOMPARE(silent.error, QNetworkReply::OperationCanceledError); // our 1.5 s transfer timeout
        QCOMPARE(call(m_nam, "GET", url(u"/_sim/stats"_s)).json.value(u"held"_s).toInt(), 1);

        const Answer first = ebayGet(ebayList());
        QVERIFY(
            m_sim
                ->addFault(
                    QJsonObject{{u"route"_s, u"ebay.getConversations"_s}, {u"kind"_s, u"duplicate"_s}, {u"next"_s, 1}})
                .ok());
        const Answer again = ebayGet(
            url(u"/ebay/commerce/message/v1/conversation"_s, u"conversation_type=FROM_MEMBERS&offset=2&limit=2"_s));
        QCOMPARE(again.body, first.body); // the previous page, served again
    }

    void injectExpireAndSent()
    {
        const Answer injected = call(m_nam,
                                     "POST",
                                     url(u"/_sim/inject"_s),
                                     R"({"channel":"shopee","buyer":"nurul.aisyah","text":"Terima kasih!"})");
        QCOMPARE(injected.status, 200);
        QCOMPARE(injected.json.value(u"conversationId"_s).toString(), u"1801234567890123401"_s); // existing thread
        QCOMPARE(call(m_nam, "POST", url(u"/_sim/inject"_s), R"({"channel":"myspace","buyer":"x","text":"y"})").status,
                 400);
        QCOMPARE(call(m_nam, "POST", url(u"/_sim/inject"_s), R"({"channel":"ebay","text":"no buyer"})").status, 400);

        QCOMPARE(ebayGet(ebayList()).status, 200);
        QCOMPARE(call(m_nam, "POST", url(u"/_sim/expire_tokens"_s), R"({"channel":"ebay"})").status, 200);
        const Answer expired = ebayGet(ebayList());
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value(u"errors"_s).toArray().at(0).toObject().value(u"errorId"_s).toInt(), 1001);

        QCOMPARE(call(m_nam, "GET", url(u"/_sim/sent"_s, u"channel=ebay"_s)).json.value(u"count"_s).toInt(), 0);
    }

    void ebayPagingShape()
    {
        const Answer page = ebayGet(
            url(u"/ebay/commerce/message/v1/conversation"_s, u"conversation_type=FROM_MEMBERS&limit=2&offset=0"_s));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"total"_s).toInt(), 5);
        QCOMPARE(page.json.value(u"conversations"_s).toArray().size(), 2);
        QVERIFY(page.json.value(u"next"_s).toString().contains(u"offset=2"_s));
        QVERIFY(page.json.value(u"prev"_s).isNull());
        QCOMPARE(ebayGet(url(u"/ebay/commerce/message/v1/conversation"_s, u"limit=2"_s)).status, 400); // type required
        QCOMPARE(ebayGet(url(u"/ebay/commerce/message/v1/conversation"_s, u"conversation_type=FROM_MEMBERS&limit=51"_s))
                     .status,
                 400); // max 50
    }

    void shopeeRejectsABadSignature()
    {
        const Answer a = call(
            m_nam,
            "GET",
            url(u"/shopee/api/v2/sellerchat/get_conversation_list"_s,
                u"partner_id=2011285&timestamp=%1&access_token=sim-shopee-access-1&shop_id=123456&sign=00&direction=older"_s
                    .arg(kNow / 1000)));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.json.value(u"error"_s).toString(), u"error_sign"_s);
    }

    void liveFeedInjectsMultilingualMessages()
    {
        sim::SimLiveFeed feed(*m_sim, 600, 42);
        int injected = 0;
        QSet<QString> channels;
        connect(m_sim.get(), &sim::SimServer::injected, this, [&](const QString &channel, const QJsonObject &) {
            ++injected;
            channels.insert(channel);
        });
        for (int i = 0; i < 12; ++i)
            QVERIFY(feed.injectOne());
        QCOMPARE(injected, 12);
        QCOMPARE(feed.injectedCount(), 12);
        QVERIFY(channels.contains(u"ebay"_s) || channels.contains(u"shopee"_s));
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.injectedCount() >= 14, 5'000); // 600/min: one every 100 ms
        feed.stop();
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "TestSimServer.moc"
