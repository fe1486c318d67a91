// TikTok Shop connector against harbordesk-sim, in-process on loopback (no external server needed).
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/tiktok/TikTokConnector.h"
#include "core/common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // UTC ms
constexpr qint64 kNowS = kNow / 1000;

QString text(const QString &s)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"content"_s, s}}).toJson(QJsonDocument::Compact));
}

QJsonObject scenario()
{
    QJsonArray convs;
    for (int i = 0; i < 3; ++i) {
        const QString buyer = u"75000%1"_s.arg(i);
        convs.append(QJsonObject{
            {u"id"_s, u"C%1"_s.arg(i)},
            {u"participants"_s,
             QJsonArray{QJsonObject{{u"user_id"_s, buyer},
                                    {u"im_user_id"_s, QString(u"im"_s + buyer)},
                                    {u"role"_s, u"BUYER"_s},
                                    {u"nickname"_s, u"Buyer %1"_s.arg(i)}}}},
            {u"messages"_s,
             QJsonArray{
                 QJsonObject{
                     {u"id"_s, u"M%1a"_s.arg(i)},
                     {u"type"_s, u"TEXT"_s},
                     {u"content"_s, text(u"Hola %1"_s.arg(i))},
                     {u"create_time"_s, kNowS - 3600 * (5 - i)},
                     {u"is_visible"_s, true},
                     {u"sender"_s, QJsonObject{{u"im_user_id"_s, QString(u"im"_s + buyer)}, {u"role"_s, u"BUYER"_s}}}},
                 QJsonObject{{u"id"_s, u"M%1b"_s.arg(i)},
                             {u"type"_s, u"ORDER_CARD"_s},
                             {u"content"_s, u"{\"order_id\":\"57646141303878575%1\"}"_s.arg(i)},
                             {u"create_time"_s, kNowS - 3600 * (5 - i) + 10},
                             {u"is_visible"_s, true},
                             {u"sender"_s,
                              QJsonObject{{u"im_user_id"_s, QString(u"im"_s + buyer)}, {u"role"_s, u"BUYER"_s}}}}}}});
    }
    QJsonArray orders;
    for (int i = 0; i < 3; ++i)
        orders.append(
            QJsonObject{{u"id"_s, u"57646141303878575%1"_s.arg(i)},
                        {u"status"_s, u"AWAITING_SHIPMENT"_s},
                        {u"create_time"_s, kNowS - 86400},
                        {u"update_time"_s, kNowS - 3600 * (3 - i)},
                        {u"user_id"_s, u"75000%1"_s.arg(i)},
                        {u"payment"_s, QJsonObject{{u"currency"_s, u"USD"_s}, {u"total_amount"_s, u"12.50"_s}}}});
    return QJsonObject{{u"tiktok"_s,
                        QJsonObject{{u"auth"_s,
                                     QJsonObject{{u"appKey"_s, u"38abcd"_s},
                                                 {u"appSecret"_s, u"e59af819cc"_s},
                                                 {u"accessToken"_s, u"ROW_access"_s},
                                                 {u"refreshToken"_s, u"ROW_refresh"_s},
                                                 {u"accessTtlSec"_s, 3600}}},
                                    {u"shopCipher"_s, u"GCP_X"_s},
                                    {u"conversations"_s, convs},
                                    {u"orders"_s, orders}}}};
}

struct FetchOutcome
{
    std::optional<FetchedPage> page;
    std::optional<ChannelFailure> failure;
};

} // namespace

class TestTikTokConnector : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;
    std::unique_ptr<TikTokConnector> m_connector;

    void makeConnector(const QByteArray &secret = "e59af819cc", const QByteArray &refresh = "ROW_refresh")
    {
        TikTokConfig c;
        c.channelId = 2;
        QUrl api = m_sim->baseUrl();
        api.setPath(u"/tiktok"_s);
        c.apiBaseUrl = api;
        QUrl auth = m_sim->baseUrl();
        auth.setPath(u"/tiktok/auth"_s);
        c.authBaseUrl = auth;
        c.appKey = u"38abcd"_s;
        c.shopCipher = u"GCP_X"_s;
        c.pageSize = 2;
        m_connector =
            std::make_unique<TikTokConnector>(c, TikTokSecrets{secret, "ROW_access", refresh}, *m_http, m_clock);
    }

    FetchOutcome fetch(const QString &cursor)
    {
        FetchOutcome out;
        bool done = false;
        m_connector->fetch(cursor, [&](Result<FetchedPage> page, std::optional<ChannelFailure> failure) {
            if (page)
                out.page = std::move(page).value();
            out.failure = failure;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("the connector did not report within 10 s");
        return out;
    }

    std::pair<std::optional<SendReceipt>, std::optional<ChannelFailure>> send(const QString &conversation,
                                                                              const QString &body)
    {
        OutboundReply r;
        r.conversationExternalId = conversation;
        r.bodyText = body;
        std::optional<SendReceipt> receipt;
        std::optional<ChannelFailure> failure;
        bool done = false;
        m_connector->send(r, [&](Result<SendReceipt> res, std::optional<ChannelFailure> f) {
            if (res)
                receipt = res.value();
            failure = f;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("the connector did not report within 10 s");
        return {receipt, failure};
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNowMs(kNow);
        m_sim = std::make_unique<sim::SimServer>(m_clock);
        sim::installAllRoutes(*m_sim);
        QVERIFY(m_sim->loadScenario(scenario()).ok());
        QVERIFY(m_sim->listen(0).ok());
        m_http = std::make_unique<ChannelHttp>(&m_clock);
        m_http->setTransferTimeoutMs(2'000);
        makeConnector();
    }
    void cleanup()
    {
        m_connector.reset();
        m_http.reset();
        m_sim.reset();
    }

    void fullCycleConversationsThenOrders()
    {
        QString cursor;
        QSet<QString> messages;
        QSet<QString> orders;
        QStringList linkedOrders;
        int steps = 0;
        bool more = true;
        while (more && steps < 10) {
            const FetchOutcome out = fetch(cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            for (const InboundMessage &m : out.page->messages) {
                messages.insert(m.externalId);
                if (!m.orderExternalId.isEmpty())
                    linkedOrders << m.orderExternalId;
            }
            for (const Order &o : out.page->orders) {
                orders.insert(o.externalId);
                QCOMPARE(o.channelId, 2);
            }
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++steps;
        }
        QCOMPARE(steps, 4); // 2 conversation pages, 2 order pages
        QCOMPARE(messages.size(), 6);
        QCOMPARE(orders.size(), 3);
        QCOMPARE(linkedOrders.size(), 3); // ORDER_CARD messages name their order

        // Next cycle: nothing new in the conversations (the newest second is read again, since
        // create_time has whole seconds; ingest dedupes it).
        const FetchOutcome idle = fetch(cursor);
        QVERIFY(idle.page);
        for (const InboundMessage &m : idle.page->messages)
            QVERIFY2(messages.contains(m.externalId), qPrintable(m.externalId));
        // A buyer writes: the next cycle brings only that conversation's messages.
        m_clock.advanceMs(60'000);
        QVERIFY(
            m_sim->inject(u"tiktok"_s, QJsonObject{{u"buyer"_s, u"750001"_s}, {u"text"_s, u"¿Y mi pedido?"_s}}).ok());
        QString c2 = idle.page->cursor;
        QStringList texts;
        // The cycle in progress finishes (orders), then the next one reads the changed conversation.
        for (int i = 0; i < 8 && !texts.contains(u"¿Y mi pedido?"_s); ++i) {
            const FetchOutcome out = fetch(c2);
            QVERIFY(out.page);
            for (const InboundMessage &m : out.page->messages)
                texts << m.bodyText;
            c2 = out.page->cursor;
        }
        QVERIFY(texts.contains(u"¿Y mi pedido?"_s));
    }

    void expiredTokenIsRefreshedOnce()
    {
        QSignalSpy refreshed(m_connector.get(), &TikTokConnector::tokensRefreshed);
        m_sim->state().expireAccessToken(u"tiktok"_s);
        const FetchOutcome out = fetch({});
        QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(refreshed.first().at(2).toLongLong() > kNow); // absolute expiry, not a duration
    }

    void revokedRefreshTokenNeedsReauthorisation()
    {
        makeConnector("e59af819cc", "ROW_revoked");
        m_sim->state().expireAccessToken(u"tiktok"_s);
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QCOMPARE(out.failure->kind, ChannelFailure::Kind::Auth);
    }

    void wrongSecretIsRefusedBySignature()
    {
        makeConnector("not-the-secret");
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QCOMPARE(out.failure->kind, ChannelFailure::Kind::Permanent);
        QVERIFY(out.failure->detail.contains(u"106001"_s));
    }

    void sendIsIdempotent()
    {
        const auto [first, f1] = send(u"C1"_s, u"Enviado hoy."_s);
        QVERIFY2(!f1, qPrintable(f1 ? f1->detail : QString()));
        QVERIFY(first && !first->alreadySent);
        const auto [again, f2] = send(u"C1"_s, u"Enviado hoy."_s);
        QVERIFY(!f2);
        QVERIFY(again && again->alreadySent);
        QCOMPARE(again->remoteId, first->remoteId);
        QCOMPARE(m_sim->state().sent(u"tiktok"_s).size(), 1);
    }

    // The already-sent check before a send reads the conversation; an unreadable answer to it is
    // retried, and when it stays unreadable the send fails instead of going out unchecked.
    void unreadableSendCheckNeverSendsUnchecked()
    {
        const auto [first, f1] = send(u"C1"_s, u"Checked first."_s);
        QVERIFY2(!f1, qPrintable(f1 ? f1->detail : QString()));
        QVERIFY(first && !first->alreadySent);
        sim::SimFault f;
        f.route = u"tiktok.messages"_s;
        f.kind = sim::SimFault::Kind::Malformed;
        f.remaining = 4; // the read and its 3 retries
        m_sim->addFault(f);
        const auto [none, f2] = send(u"C1"_s, u"Checked first."_s);
        QVERIFY(!none);
        QVERIFY(f2);
        QCOMPARE(f2->kind, ChannelFailure::Kind::Transient);
        QCOMPARE(m_sim->faultCounts().value(u"malformed"_s), 4);
        const auto [again, f3] = send(u"C1"_s, u"Checked first."_s);
        QVERIFY(!f3);
        QVERIFY(again && again->alreadySent);
        QCOMPARE(m_sim->state().sent(u"tiktok"_s).size(), 1);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("429") << int(sim::SimFault::Kind::RateLimited) << int(ChannelFailure::Kind::RateLimited);
        QTest::newRow("500") << int(sim::SimFault::Kind::ServerError) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("malformed") << int(sim::SimFault::Kind::Malformed) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("truncated") << int(sim::SimFault::Kind::Truncated) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("no answer") << int(sim::SimFault::Kind::Timeout) << int(ChannelFailure::Kind::Transient);
    }
    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        sim::SimFault f;
        f.route = u"tiktok.conversations"_s;
        f.kind = sim::SimFault::Kind(kind);
        f.retryAfterSec = 3;
        f.remaining = 1;
        m_sim->addFault(f);
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QCOMPARE(int(out.failure->kind), expected);
        if (out.failure->kind == ChannelFailure::Kind::RateLimited)
            QCOMPARE(out.failure->retryAfterMs, 3'000);
        QVERIFY(fetch({}).page.has_value());
    }

    // A fault on one conversation's message read is retried inside the fetch (ReadRetry), so the
    // page still commits; a fault that outlasts the retries still fails the page.
    void messageReadFaultIsAbsorbed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(sim::SimFault::Kind::ServerError);
        QTest::newRow("429 Retry-After 1 s") << int(sim::SimFault::Kind::RateLimited);
        QTest::newRow("no answer") << int(sim::SimFault::Kind::Timeout);
        QTest::newRow("malformed") << int(sim::SimFault::Kind::Malformed);
        QTest::newRow("truncated") << int(sim::SimFault::Kind::Truncated);
    }
    void messageReadFaultIsAbsorbed()
    {
        QFETCH(int, kind);
        sim::SimFault f;
        f.route = u"tiktok.messages"_s;
        f.kind = sim::SimFault::Kind(kind);
        f.retryAfterSec = 1;
        f.remaining = 1;
        m_sim->addFault(f);
        QSet<QString> messages;
        QString cursor;
        bool more = true;
        int steps = 0;
        while (more && steps < 12) {
            const FetchOutcome out = fetch(cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            QVERIFY(out.page);
            for (const InboundMessage &m : out.page->messages)
                messages.insert(m.externalId);
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++steps;
        }
        QVERIFY(!more);
        QCOMPARE(m_sim->faultCounts().value(sim::SimFault::kindToString(f.kind)), 1); // fired, was retried
        QVERIFY(m_sim->faults().isEmpty());
        QCOMPARE(messages.size(), 6);
    }

    void persistentMessageReadFaultFailsThePage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("500 four times") << int(sim::SimFault::Kind::ServerError) << 4
                                        << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("429 Retry-After 7 s")
            << int(sim::SimFault::Kind::RateLimited) << 1 << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
    }
    void persistentMessageReadFaultFailsThePage()
    {
        QFETCH(int, kind);
        QFETCH(int, next);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        sim::SimFault f;
        f.route = u"tiktok.messages"_s;
        f.kind = sim::SimFault::Kind(kind);
        f.status = 500;
        f.retryAfterSec = 7;
        f.remaining = next;
        m_sim->addFault(f);
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QVERIFY(out.failure);
        QCOMPARE(int(out.failure->kind), expected);
        QCOMPARE(out.failure->retryAfterMs, retryAfterMs);
        QCOMPARE(m_sim->faultCounts().value(sim::SimFault::kindToString(f.kind)), next); // 1 read + 3 retries
        QVERIFY(m_sim->faults().isEmpty());
        QVERIFY(fetch({}).page.has_value()); // the engine's next attempt succeeds
    }

    void duplicatedPageLosesNothing_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("conversation list served twice") << u"tiktok.conversations"_s;
        QTest::newRow("order page served twice") << u"tiktok.searchOrders"_s;
    }
    void duplicatedPageLosesNothing()
    {
        QFETCH(QString, route);
        // The first request of the route answers normally; the next one gets that same answer again
        // (page 2 repeats page 1). Only list routes: TikTok's message objects do not carry their
        // conversation id, so another conversation's page cannot be told from this one's.
        sim::SimFault f;
        f.route = route;
        f.kind = sim::SimFault::Kind::Duplicate;
        f.remaining = 2;
        m_sim->addFault(f);
        QSet<QString> messages;
        QSet<QString> orders;
        QString cursor;
        bool more = true;
        int steps = 0;
        while (more && steps < 12) {
            const FetchOutcome out = fetch(cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            for (const InboundMessage &m : out.page->messages)
                messages.insert(m.externalId);
            for (const Order &o : out.page->orders)
                orders.insert(o.externalId);
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++steps;
        }
        QVERIFY(!more);
        QCOMPARE(messages.size(), 6);
        QCOMPARE(orders.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTikTokConnector)
#include "TestTikTokConnector.moc"
