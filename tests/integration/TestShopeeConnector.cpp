// Shopee connector against harbordesk-sim in-process on loopback (resources/sim/demo.json): the
// simulator checks every HMAC-SHA256 signature, expires tokens, pages conversations backwards in
// nanoseconds, and injects faults. No external server is needed, so nothing is skipped.
#include "TestSimSupport.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/shopee/ShopeeConnector.h"
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

class TestShopeeConnector final : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;
    std::unique_ptr<ShopeeConnector> m_connector;

    ShopeeConfig config() const
    {
        ShopeeConfig c;
        QUrl base = m_sim->baseUrl();
        base.setPath(u"/shopee"_s);
        c.apiBaseUrl = base;
        c.partnerId = 2011285;
        c.partnerKey = u"sim-shopee-partner-key"_s;
        c.shopId = 123456;
        c.accessToken = u"sim-shopee-access-1"_s;
        c.refreshToken = u"sim-shopee-refresh-1"_s;
        c.conversationPageSize = 2;
        c.messagePageSize = 2;
        c.orderPageSize = 1;
        return c;
    }

    void makeConnector(const ShopeeConfig &c)
    {
        m_connector = std::make_unique<ShopeeConnector>(c, 12, m_http.get(), m_clock);
    }

    int requests(const QString &route) const { return m_sim->requestCounts().value(route); }

    // Adds `n` buyer messages in a new conversation, one second apart.
    void injectMany(const QString &buyer, int n)
    {
        for (int i = 0; i < n; ++i) {
            m_clock.advanceMs(1'000);
            QVERIFY(
                m_sim
                    ->inject(u"shopee"_s,
                             QJsonObject{{u"buyer"_s, buyer}, {u"text"_s, u"Message %1 from %2"_s.arg(i).arg(buyer)}})
                    .ok());
        }
    }

    OutboundReply reply(const QString &text) const
    {
        OutboundReply r;
        r.conversationExternalId = u"1801234567890123403"_s; // kevin_lim
        r.recipientAddress = u"812345003"_s;
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

    void fullSyncWalksBackToTheWatermark()
    {
        injectMany(u"aisha_sg"_s, 5); // one conversation with 5 messages: 3 message pages
        const SyncResult r = syncAll(*m_connector, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        QCOMPARE(r.messages.size(), 9);
        QCOMPARE(r.delivered, 9);
        QCOMPARE(r.orders.size(), 2);
        QVERIFY(requests(u"shopee.getConversationList"_s) >= 3); // 5 conversations, 2 a page
        QVERIFY(requests(u"shopee.getMessage"_s) >= 7);
        const InboundMessage kevin = r.messages.value(u"2414019124426817803"_s);
        QCOMPARE(kevin.customerExternalId, u"812345003"_s);
        QCOMPARE(kevin.customerName, u"kevin_lim"_s);
        QCOMPARE(kevin.orderExternalId, u"261119XY98ZT76"_s);
        QCOMPARE(kevin.direction, u"inbound"_s);
        QCOMPARE(r.orders.value(u"261120AB12CD34"_s).totalCents, 8990);

        // Up to date: a new message is found without re-reading the whole inbox.
        const int listCalls = requests(u"shopee.getConversationList"_s);
        m_clock.advanceMs(600'000);
        QVERIFY(m_sim
                    ->inject(u"shopee"_s,
                             QJsonObject{{u"buyer"_s, u"tran_minh"_s}, {u"text"_s, u"Shop ơi, còn hàng không?"_s}})
                    .ok());
        const SyncResult next = syncAll(*m_connector, r.cursor);
        QVERIFY(next.failures.isEmpty());
        bool found = false;
        for (const InboundMessage &m : next.messages)
            found = found || m.bodyText == u"Shop ơi, còn hàng không?"_s;
        QVERIFY(found);
        QVERIFY(requests(u"shopee.getConversationList"_s) - listCalls <= 2); // stops at the watermark
    }

    void invalidTokenIsRefreshedAndRotated()
    {
        QSignalSpy refreshed(m_connector.get(), &ShopeeConnector::tokensRefreshed);
        m_sim->state().expireAccessToken(u"shopee"_s);
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY2(!o.failure, qPrintable(o.failure ? o.failure->detail : QString()));
        QCOMPARE(requests(u"shopee.refreshToken"_s), 1);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(refreshed.first().at(2).toString() != u"sim-shopee-refresh-1"_s); // rotated
        QCOMPARE(m_connector->config().refreshToken, m_sim->state().refreshToken(u"shopee"_s));
    }

    void wrongPartnerKeyIsRefused()
    {
        ShopeeConfig c = config();
        c.partnerKey = u"not-the-key"_s;
        makeConnector(c);
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY(o.failure);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Permanent);
        QVERIFY2(o.failure->detail.contains(u"error_sign"_s), qPrintable(o.failure->detail));
        QVERIFY(!o.failure->detail.contains(u"not-the-key"_s));
    }

    void refusedRefreshNeedsReauthorisation()
    {
        ShopeeConfig c = config();
        c.refreshToken = u"revoked"_s;
        makeConnector(c);
        m_sim->state().expireAccessToken(u"shopee"_s);
        const FetchOutcome o = fetchOnce(*m_connector, QString());
        QVERIFY(o.failure);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Auth);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("429 Retry-After") << u"rate_limit"_s << u"shopee.getConversationList"_s
                                         << int(ChannelFailure::Kind::RateLimited) << qint64(3'000);
        QTest::newRow("503") << u"server_error"_s << u"shopee.getConversationList"_s
                             << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("malformed JSON") << u"malformed"_s << u"shopee.getConversationList"_s
                                        << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("truncated body") << u"truncated"_s << u"shopee.getConversationList"_s
                                        << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("no answer") << u"timeout"_s << u"shopee.getConversationList"_s
                                   << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("order detail truncated")
            << u"truncated"_s << u"shopee.getOrderDetail"_s << int(ChannelFailure::Kind::Transient) << qint64(0);
    }
    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(QString, route);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        QVERIFY(
            m_sim->addFault(QJsonObject{{u"route"_s, route}, {u"kind"_s, kind}, {u"next"_s, 1}, {u"retryAfter"_s, 3}})
                .ok());
        const SyncResult r = syncAll(*m_connector, QString());
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(int(r.failures.first().kind), expected);
        QCOMPARE(r.failures.first().retryAfterMs, retryAfterMs);
        QVERIFY(!r.failures.first().message.isEmpty());
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.delivered, 4);
        QCOMPARE(r.orders.size(), 2);
    }

    // A fault on one conversation's message read is retried inside the fetch (ReadRetry), so the
    // page still commits; a fault that outlasts the retries still fails the page.
    void messageReadFaultIsAbsorbed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("503") << u"server_error"_s;
        QTest::newRow("429 Retry-After 1 s") << u"rate_limit"_s;
        QTest::newRow("no answer") << u"timeout"_s;
        QTest::newRow("malformed JSON") << u"malformed"_s;
        QTest::newRow("truncated body") << u"truncated"_s;
    }
    void messageReadFaultIsAbsorbed()
    {
        QFETCH(QString, kind);
        QVERIFY(m_sim
                    ->addFault(QJsonObject{{u"route"_s, u"shopee.getMessage"_s},
                                           {u"kind"_s, kind},
                                           {u"next"_s, 1},
                                           {u"retryAfter"_s, 1}})
                    .ok());
        const SyncResult r = syncAll(*m_connector, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        QCOMPARE(m_sim->faultCounts().value(kind), 1); // it fired, and was retried
        QVERIFY(m_sim->faults().isEmpty());
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.delivered, 4);
        QCOMPARE(r.orders.size(), 2);
    }

    void persistentMessageReadFaultFailsThePage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("503 four times") << u"server_error"_s << 4 << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("429 Retry-After 7 s")
            << u"rate_limit"_s << 1 << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
    }
    void persistentMessageReadFaultFailsThePage()
    {
        QFETCH(QString, kind);
        QFETCH(int, next);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        QVERIFY(m_sim
                    ->addFault(QJsonObject{{u"route"_s, u"shopee.getMessage"_s},
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
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.delivered, 4);
    }

    void duplicatedPagesAreDeduplicated_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("conversation page twice") << u"shopee.getConversationList"_s;
        QTest::newRow("message page twice") << u"shopee.getMessage"_s;
    }
    void duplicatedPagesAreDeduplicated()
    {
        QFETCH(QString, route);
        injectMany(u"aisha_sg"_s, 5);
        const FetchOutcome first = fetchOnce(*m_connector, QString());
        QVERIFY(first.page);
        QVERIFY(m_sim->addFault(QJsonObject{{u"route"_s, route}, {u"kind"_s, u"duplicate"_s}, {u"next"_s, 2}}).ok());
        SyncResult r = syncAll(*m_connector, first.page->cursor);
        for (const InboundMessage &m : first.page->messages)
            r.messages.insert(m.externalId, m);
        QCOMPARE(r.messages.size(), 9);
        for (const InboundMessage &m : r.messages)
            QVERIFY2(m.bodyText.contains(u"aisha_sg"_s) == (m.customerName == u"aisha_sg"_s), qPrintable(m.bodyText));
    }

    void sendThenResendIsIdempotent()
    {
        const OutboundReply r = reply(u"Sorry! The right colour ships today."_s);
        const SendOutcome first = sendOnce(*m_connector, r);
        QVERIFY2(!first.failure, qPrintable(first.failure ? first.failure->detail : QString()));
        QVERIFY(first.receipt && !first.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).size(), 1);

        const SendOutcome again = sendOnce(*m_connector, r);
        QVERIFY(again.receipt);
        QVERIFY(again.receipt->alreadySent);
        QCOMPARE(again.receipt->remoteId, first.receipt->remoteId);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).size(), 1);

        // Without the buyer id the connector finds it from the conversation.
        OutboundReply noId = reply(u"Tracking: SPX123456789"_s);
        noId.recipientAddress.clear();
        const SendOutcome third = sendOnce(*m_connector, noId);
        QVERIFY(third.receipt && !third.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).last().toObject().value(u"to"_s).toString(), u"812345003"_s);
    }

    void sendFailures()
    {
        const SendOutcome tooLong = sendOnce(*m_connector, reply(QString(1001, u'x')));
        QVERIFY(tooLong.failure);
        QCOMPARE(tooLong.failure->kind, ChannelFailure::Kind::Permanent);

        QVERIFY(m_sim
                    ->addFault(
                        QJsonObject{{u"route"_s, u"shopee.sendMessage"_s}, {u"kind"_s, u"timeout"_s}, {u"next"_s, 1}})
                    .ok());
        const SendOutcome lost = sendOnce(*m_connector, reply(u"Hello again"_s));
        QVERIFY(lost.failure);
        QCOMPARE(lost.failure->kind, ChannelFailure::Kind::Transient);
        const SendOutcome retry = sendOnce(*m_connector, reply(u"Hello again"_s));
        QVERIFY(retry.receipt && !retry.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).size(), 1);

        // Shopee took the message but the answer was cut short: the retry finds it, sends nothing.
        QVERIFY(m_sim
                    ->addFault(
                        QJsonObject{{u"route"_s, u"shopee.sendMessage"_s}, {u"kind"_s, u"truncated"_s}, {u"next"_s, 1}})
                    .ok());
        const SendOutcome cut = sendOnce(*m_connector, reply(u"Your refund is on its way."_s));
        QVERIFY(cut.failure);
        QCOMPARE(cut.failure->kind, ChannelFailure::Kind::Transient);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).size(), 2);
        const SendOutcome after = sendOnce(*m_connector, reply(u"Your refund is on its way."_s));
        QVERIFY(after.receipt && after.receipt->alreadySent);
        QCOMPARE(m_sim->state().sent(u"shopee"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestShopeeConnector)
#include "TestShopeeConnector.moc"
