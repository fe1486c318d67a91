// eBay connector against harbordesk-sim in-process on loopback (resources/sim/demo.json): paging,
// token expiry and refresh, every fault the simulator injects, duplicated pages, and sending
// with an idempotent resend. No external server is needed, so nothing is skipped.
#include "TestSimSupport.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/ebay/EbayConnector.h"
#include "core/common/Clock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace hd::simtest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z, after the demo's messages

QString scenarioPath()
{
    const QString root = qEnvironmentVariable("HARBORDESK_SOURCE_DIR");
    return (root.isEmpty() ? QStringLiteral(HD_SOURCE_DIR) : root) + u"/resources/sim/demo.json"_s;
}

} // namespace

class TestEbayConnector final : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;
    std::unique_ptr<EbayConnector> m_connector;

    EbayConfig config() const
    {
        EbayConfig c;
        QUrl base = m_sim->baseUrl();
        base.setPath(u"/ebay"_s);
        c.apiBaseUrl = base;
        c.clientId = u"sim-ebay-client"_s;
        c.clientSecret = u"sim-ebay-secret"_s;
        c.accessToken = u"sim-ebay-access-1"_s;
        c.refreshToken = u"sim-ebay-refresh-1"_s;
        c.sellerUsername = u"harbor_shop"_s;
        c.conversationPageSize = 2;
        c.messagePageSize = 2;
        c.orderPageSize = 2;
        return c;
    }

    void makeConnector(const EbayConfig &c)
    {
        m_connector = std::make_unique<EbayConnector>(c, 11, m_http.get(), m_clock);
    }

    int requests(const QString &route) const { return m_sim->requestCounts().value(route); }

    OutboundReply reply(const QString &text) const
    {
        OutboundReply r;
        r.conversationExternalId = u"1234567890102"_s; // sarah.miller77
        r.recipientAddress = u"sarah.miller77"_s;
        r.bodyText = text;
        r.idempotencyKey = u"key-"_s + QString::number(qHash(text));
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setNowMs(kNow);
        m_sim = std::make_unique<sim::SimServer>(m_clock);
        sim::installAllRoutes(*m_sim);
        const Status loaded = m_sim->loadScenarioFile(scenarioPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(m_sim->listen(0).ok());
        m_http = std::make_unique<ChannelHttp>(&m_clock);
        m_http->setTransferTimeoutMs(1'500);
        makeConnector(config());
    }

    void cleanup()
    {
        m_connector.reset();
        m_http.reset();
        m_sim.reset();
    }

    void fullSyncWalksEveryPage()
    {
        const SyncResult r = syncAll(*m_connector, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        // 5 conversations at 2 a page = 3 pages, then 3 orders at 2 a page = 2 pages.
        QCOMPARE(r.pages, 5);
        QCOMPARE(r.messages.size(), 7);
        QCOMPARE(r.delivered, 7);
        QCOMPARE(r.orders.size(), 3);
        const InboundMessage answer = r.messages.value(u"998877665503"_s);
        QCOMPARE(answer.direction, u"outbound"_s);
        QCOMPARE(answer.customerExternalId, u"sarah.miller77"_s);
        QCOMPARE(answer.conversationExternalId, u"1234567890102"_s);
        QCOMPARE(r.messages.value(u"998877665501"_s).customerExternalId, u"buyer_de_01"_s);
        QCOMPARE(r.orders.value(u"15-14836-23086"_s).totalCents, 2499);
        // The conversation with three messages took two message pages.
        QVERIFY(requests(u"ebay.getConversation"_s) >= 6);

        // Up to date: nothing new beyond what the overlap re-reads; a new buyer message arrives.
        m_clock.advanceMs(60'000);
        QVERIFY(m_sim->inject(u"ebay"_s, QJsonObject{{u"buyer"_s, u"lucia_vende"_s}, {u"text"_s, u"¿Hay novedades?"_s}})
                    .ok());
        const SyncResult next = syncAll(*m_connector, r.cursor);
        QVERIFY(next.failures.isEmpty());
        QCOMPARE(next.messages.size() >= 1, true);
        bool found = false;
        for (const InboundMessage &m : next.messages)
            found = found || m.bodyText == u"¿Hay novedades?"_s;
        QVERIFY(found);
        // Only conversations with new buyer activity are read again, not the whole history.
        QVERIFY(next.messages.size() < r.messages.size());
    }

    void expiredTokenIsRefreshedOnce()
    {
        QSignalSpy refreshed(m_connector.get(), &EbayConnector::tokensRefreshed);
        m_sim->state().expireAccessToken(u"ebay"_s);
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY2(!o.failure, qPrintable(o.failure ? o.failure->detail : QString()));
        QCOMPARE(requests(u"ebay.token"_s), 1);
        QCOMPARE(refreshed.size(), 1);
        const QString newToken = refreshed.first().at(0).toString();
        QVERIFY(newToken != u"sim-ebay-access-1"_s);
        QCOMPARE(m_connector->config().accessToken, newToken);
        QVERIFY(m_sim->state().isAccessTokenValid(u"ebay"_s, newToken));
    }

    void refusedRefreshNeedsReauthorisation()
    {
        EbayConfig c = config();
        c.refreshToken = u"revoked"_s;
        makeConnector(c);
        m_sim->state().expireAccessToken(u"ebay"_s);
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY(!o.page);
        QVERIFY(o.failure);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Auth);
        QVERIFY(!o.failure->message.isEmpty());
        QVERIFY(!o.failure->detail.contains(u"revoked"_s)); // never a secret in the detail
    }

    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("429 Retry-After") << u"rate_limit"_s << u"ebay.getConversations"_s
                                         << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
        QTest::newRow("503") << u"server_error"_s << u"ebay.getConversations"_s << int(ChannelFailure::Kind::Transient)
                             << qint64(0);
        QTest::newRow("malformed JSON") << u"malformed"_s << u"ebay.getConversations"_s
                                        << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("truncated body") << u"truncated"_s << u"ebay.getConversations"_s
                                        << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("no answer") << u"timeout"_s << u"ebay.getConversations"_s << int(ChannelFailure::Kind::Transient)
                                   << qint64(0);
        QTest::newRow("orders 502") << u"server_error"_s << u"ebay.getOrders"_s << int(ChannelFailure::Kind::Transient)
                                    << qint64(0);
    }
    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(QString, route);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        QJsonObject rule{{u"route"_s, route}, {u"kind"_s, kind}, {u"next"_s, 1}, {u"retryAfter"_s, 7}};
        if (route == u"ebay.getOrders"_s)
            rule.insert(u"status"_s, 502);
        QVERIFY(m_sim->addFault(rule).ok());
        const SyncResult r = syncAll(*m_connector, QString());
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(int(r.failures.first().kind), expected);
        QCOMPARE(r.failures.first().retryAfterMs, retryAfterMs);
        QVERIFY(!r.failures.first().message.isEmpty());
        QVERIFY(!r.failures.first().detail.isEmpty());
        // The failed page delivered nothing; the retry from the same cursor got everything once.
        QCOMPARE(r.messages.size(), 7);
        QCOMPARE(r.delivered, 7);
        QCOMPARE(r.orders.size(), 3);
    }

    // A fault on one conversation's message read is retried inside the fetch (ReadRetry), so the
    // page still commits; a fault that outlasts the retries still fails the page.
    void conversationReadFaultIsAbsorbed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("503") << u"server_error"_s;
        QTest::newRow("429 Retry-After 1 s") << u"rate_limit"_s;
        QTest::newRow("no answer") << u"timeout"_s;
        QTest::newRow("malformed JSON") << u"malformed"_s;
        QTest::newRow("truncated body") << u"truncated"_s;
    }
    void conversationReadFaultIsAbsorbed()
    {
        QFETCH(QString, kind);
        QVERIFY(m_sim
                    ->addFault(QJsonObject{{u"route"_s, u"ebay.getConversation"_s},
                                           {u"kind"_s, kind},
                                           {u"next"_s, 1},
                                           {u"retryAfter"_s, 1}})
                    .ok());
        const SyncResult r = syncAll(*m_connector, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        QCOMPARE(m_sim->faultCounts().value(kind), 1); // it fired, and was retried
        QVERIFY(m_sim->faults().isEmpty());
        QCOMPARE(r.pages, 5);
        QCOMPARE(r.messages.size(), 7);
        QCOMPARE(r.delivered, 7);
        QCOMPARE(r.orders.size(), 3);
    }

    void persistentConversationReadFaultFailsThePage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("503 four times") << u"server_error"_s << 4 << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("429 Retry-After 7 s")
            << u"rate_limit"_s << 1 << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
    }
    void persistentConversationReadFaultFailsThePage()
    {
        QFETCH(QString, kind);
        QFETCH(int, next);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        QVERIFY(m_sim
                    ->addFault(QJsonObject{{u"route"_s, u"ebay.getConversation"_s},
                                           {u"kind"_s, kind},
                                           {u"next"_s, next},
                                           {u"retryAfter"_s, 7}})
                    .ok());
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY(!o.page);
        QVERIFY(o.failure);
        QCOMPARE(int(o.failure->kind), expected);
        QCOMPARE(o.failure->retryAfterMs, retryAfterMs);
        QCOMPARE(m_sim->faultCounts().value(kind), next); // 1 read + 3 retries, or no retry at all
        QVERIFY(m_sim->faults().isEmpty());
        // The engine's next attempt from the same cursor gets everything once.
        const SyncResult r = syncAll(*m_connector, QString());
        QVERIFY(r.failures.isEmpty());
        QCOMPARE(r.messages.size(), 7);
        QCOMPARE(r.delivered, 7);
    }

    void duplicatedPagesAreDeduplicated_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("conversation list page served twice") << u"ebay.getConversations"_s;
        QTest::newRow("message page served twice") << u"ebay.getConversation"_s;
    }
    void duplicatedPagesAreDeduplicated()
    {
        QFETCH(QString, route);
        // The first page answers normally; from then on every third request gets the previous page.
        const FetchOutcome first = fetchOnce(*m_connector, QString());
        QVERIFY(first.page);
        QVERIFY(m_sim->addFault(QJsonObject{{u"route"_s, route}, {u"kind"_s, u"duplicate"_s}, {u"next"_s, 2}}).ok());
        SyncResult r = syncAll(*m_connector, first.page->cursor);
        for (const InboundMessage &m : first.page->messages) {
            ++r.delivered;
            r.messages.insert(m.externalId, m);
        }
        QCOMPARE(r.messages.size(), 7);
        // Every message still sits in its own conversation.
        QCOMPARE(r.messages.value(u"998877665501"_s).conversationExternalId, u"1234567890101"_s);
        QCOMPARE(r.messages.value(u"998877665505"_s).conversationExternalId, u"1234567890103"_s);
        QVERIFY(m_sim->faults().isEmpty()); // both duplicates were served
    }

    void sendThenResendIsIdempotent()
    {
        const OutboundReply r = reply(u"Your tracking number is 1Z999AA10123456784."_s);
        const SendOutcome first = sendOnce(*m_connector, r);
        QVERIFY2(!first.failure, qPrintable(first.failure ? first.failure->detail : QString()));
        QVERIFY(first.receipt);
        QVERIFY(!first.receipt->alreadySent);
        QVERIFY(!first.receipt->remoteId.isEmpty());
        QCOMPARE(m_sim->state().sent(u"ebay"_s).size(), 1);
        QCOMPARE(m_sim->state().sent(u"ebay"_s).first().toObject().value(u"to"_s).toString(), u"sarah.miller77"_s);

        // After a crash the outbox sends the same reply again: eBay already has it.
        const SendOutcome again = sendOnce(*m_connector, r);
        QVERIFY(again.receipt);
        QVERIFY(again.receipt->alreadySent);
        QCOMPARE(again.receipt->remoteId, first.receipt->remoteId);
        QCOMPARE(m_sim->state().sent(u"ebay"_s).size(), 1);

        // Once the buyer has written again, the same words are a new reply.
        m_clock.advanceMs(1'000);
        QVERIFY(m_sim
                    ->inject(u"ebay"_s,
                             QJsonObject{{u"buyer"_s, u"sarah.miller77"_s},
                                         {u"conversationId"_s, u"1234567890102"_s},
                                         {u"text"_s, u"Sorry, which number?"_s}})
                    .ok());
        m_clock.advanceMs(1'000);
        const SendOutcome third = sendOnce(*m_connector, r);
        QVERIFY(third.receipt);
        QVERIFY(!third.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"ebay"_s).size(), 2);
    }

    void sendFailures()
    {
        OutboundReply tooLong = reply(QString(2001, u'x'));
        const SendOutcome a = sendOnce(*m_connector, tooLong);
        QVERIFY(a.failure);
        QCOMPARE(a.failure->kind, ChannelFailure::Kind::Permanent);

        OutboundReply unknown = reply(u"Hello"_s);
        unknown.conversationExternalId = u"999"_s;
        const SendOutcome b = sendOnce(*m_connector, unknown);
        QVERIFY(b.failure);
        QCOMPARE(b.failure->kind, ChannelFailure::Kind::Permanent); // 404 from getConversation

        QVERIFY(m_sim->addFault(QJsonObject{{u"route"_s, u"ebay.sendMessage"_s}, {u"kind"_s, u"5xx"_s}, {u"next"_s, 1}})
                    .ok());
        const SendOutcome c = sendOnce(*m_connector, reply(u"Retry me"_s));
        QVERIFY(c.failure);
        QCOMPARE(c.failure->kind, ChannelFailure::Kind::Transient);
        QCOMPARE(m_sim->state().sent(u"ebay"_s).size(), 0);
        const SendOutcome d = sendOnce(*m_connector, reply(u"Retry me"_s));
        QVERIFY(d.receipt && !d.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"ebay"_s).size(), 1);
    }

    void testConnection()
    {
        bool done = false;
        bool ok = false;
        m_connector->testConnection([&](Status s, std::optional<ChannelFailure>) {
            ok = s.ok();
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(ok);

        EbayConfig bad = config();
        bad.accessToken = u"wrong"_s;
        bad.refreshToken.clear();
        makeConnector(bad);
        std::optional<ChannelFailure> failure;
        done = false;
        m_connector->testConnection([&](Status, std::optional<ChannelFailure> f) {
            failure = f;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(failure);
        QCOMPARE(failure->kind, ChannelFailure::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestEbayConnector)
#include "TestEbayConnector.moc"
