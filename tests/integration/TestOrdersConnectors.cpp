// Order-API connectors against harbordesk-sim, in-process on loopback (no external server needed).
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/amazon/AmazonOrdersConnector.h"
#include "core/channels/shopify/ShopifyOrdersConnector.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // UTC ms

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonObject scenario()
{
    QJsonArray orders;
    for (int i = 0; i < 5; ++i)
        orders.append(QJsonObject{
            {u"AmazonOrderId"_s, u"111-000000%1-398985%1"_s.arg(i)},
            {u"PurchaseDate"_s, iso(kNow - 86'400'000 * (i + 1))},
            {u"LastUpdateDate"_s, iso(kNow - 3'600'000 * (5 - i))},
            {u"OrderStatus"_s, i % 2 ? u"Shipped"_s : u"Unshipped"_s},
            {u"OrderTotal"_s, QJsonObject{{u"CurrencyCode"_s, u"EUR"_s}, {u"Amount"_s, u"19.9%1"_s.arg(i)}}},
            {u"BuyerInfo"_s, QJsonObject{{u"BuyerEmail"_s, u"buyer%1@marketplace.amazon.de"_s.arg(i)}}}});
    QJsonArray shopify;
    for (int i = 0; i < 5; ++i)
        shopify.append(QJsonObject{{u"id"_s, 450789469 + i},
                                   {u"name"_s, u"#100%1"_s.arg(i)},
                                   {u"email"_s, u"buyer%1@example.com"_s.arg(i)},
                                   {u"created_at"_s, iso(kNow - 86'400'000)},
                                   {u"updated_at"_s, iso(kNow - 3'600'000 * (5 - i))},
                                   {u"financial_status"_s, u"paid"_s},
                                   {u"fulfillment_status"_s, i == 0 ? QJsonValue(u"fulfilled"_s) : QJsonValue()},
                                   {u"currency"_s, u"EUR"_s},
                                   {u"total_price"_s, u"10.00"_s}});
    return QJsonObject{{u"shopify"_s,
                        QJsonObject{{u"auth"_s, QJsonObject{{u"accessToken"_s, u"shpat_sim"_s}}},
                                    {u"shop"_s, u"harbor"_s},
                                    {u"orders"_s, shopify}}},
                       {u"amazon"_s,
                        QJsonObject{{u"auth"_s,
                                     QJsonObject{{u"clientId"_s, u"amzn1.application-oa2-client.sim"_s},
                                                 {u"clientSecret"_s, u"sim-secret"_s},
                                                 {u"accessToken"_s, u"Atza|initial"_s},
                                                 {u"refreshToken"_s, u"Atzr|sim"_s},
                                                 {u"accessTtlSec"_s, 3600}}},
                                    {u"orders"_s, orders}}}};
}

struct FetchOutcome
{
    std::optional<FetchedPage> page;
    std::optional<ChannelFailure> failure;
};

FetchOutcome fetch(Connector &c, const QString &cursor)
{
    FetchOutcome out;
    bool done = false;
    c.fetch(cursor, [&](Result<FetchedPage> page, std::optional<ChannelFailure> failure) {
        if (page)
            out.page = std::move(page).value();
        out.failure = failure;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning("the connector did not report within 10 s");
    return out;
}

} // namespace

class TestOrdersConnectors : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;

    std::unique_ptr<AmazonOrdersConnector> amazon(const QByteArray &secret = "sim-secret")
    {
        AmazonConfig c;
        c.channelId = 3;
        QUrl base = m_sim->baseUrl();
        base.setPath(u"/amazon"_s);
        c.apiBaseUrl = base;
        QUrl token = m_sim->baseUrl();
        token.setPath(u"/amazon/auth/o2/token"_s);
        c.tokenUrl = token;
        c.clientId = u"amzn1.application-oa2-client.sim"_s;
        c.marketplaceIds = {u"A1PA6795UKMFR9"_s};
        c.pageSize = 2;
        return std::make_unique<AmazonOrdersConnector>(c, secret, "Atzr|sim", *m_http, m_clock);
    }

    std::unique_ptr<ShopifyOrdersConnector> shopify(const QByteArray &token = "shpat_sim")
    {
        ShopifyConfig c;
        c.channelId = 4;
        QUrl shop = m_sim->baseUrl();
        shop.setPath(u"/shopify/harbor"_s);
        c.shopUrl = shop;
        c.pageSize = 2;
        return std::make_unique<ShopifyOrdersConnector>(c, token, *m_http, m_clock);
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
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void amazonPagesWithNextTokenAfterLwaRefresh()
    {
        auto c = amazon();
        QString cursor;
        QSet<QString> ids;
        int pages = 0;
        bool more = true;
        while (more && pages < 10) {
            const FetchOutcome out = fetch(*c, cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            for (const Order &o : out.page->orders) {
                ids.insert(o.externalId);
                QCOMPARE(o.currency, u"EUR"_s);
                QVERIFY(o.buyerEmail.endsWith(u"@marketplace.amazon.de"_s));
            }
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 5);
        QCOMPARE(m_sim->requestCounts().value(u"amazon.token"_s), 1); // refreshed once, before the first call

        // Up to date: polling again re-reads only the last minutes (Amazon lags) and nothing older.
        const FetchOutcome again = fetch(*c, cursor);
        QVERIFY(again.page);
        QVERIFY(again.page->orders.size() <= 1);
        // A changed order comes back.
        m_clock.advanceMs(600'000);
        QVERIFY(m_sim
                    ->inject(u"amazon"_s,
                             QJsonObject{{u"orderId"_s, u"111-0000002-3989852"_s}, {u"status"_s, u"Shipped"_s}})
                    .ok());
        const FetchOutcome changed = fetch(*c, again.page->cursor);
        QVERIFY(changed.page);
        bool seen = false;
        for (const Order &o : changed.page->orders)
            if (o.externalId == "111-0000002-3989852"_L1) {
                seen = true;
                QCOMPARE(o.status, u"shipped"_s);
            }
        QVERIFY(seen);
        QVERIFY(changed.page->orders.size() <= 2);
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        auto c = amazon();
        QVERIFY(fetch(*c, {}).page.has_value());
        m_sim->state().expireAccessToken(u"amazon"_s); // 403 Unauthorized on the next call
        const FetchOutcome out = fetch(*c, {});
        QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
        QCOMPARE(m_sim->requestCounts().value(u"amazon.token"_s), 2);
    }

    void badClientSecretNeedsReauthorisation()
    {
        auto c = amazon("wrong");
        const FetchOutcome out = fetch(*c, {});
        QVERIFY(!out.page);
        QCOMPARE(out.failure->kind, ChannelFailure::Kind::Auth);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("429 QuotaExceeded")
            << int(sim::SimFault::Kind::RateLimited) << int(ChannelFailure::Kind::RateLimited);
        QTest::newRow("503") << int(sim::SimFault::Kind::ServerError) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("malformed") << int(sim::SimFault::Kind::Malformed) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("truncated") << int(sim::SimFault::Kind::Truncated) << int(ChannelFailure::Kind::Transient);
        QTest::newRow("no answer") << int(sim::SimFault::Kind::Timeout) << int(ChannelFailure::Kind::Transient);
    }
    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        auto c = amazon();
        sim::SimFault f;
        f.route = u"amazon.getOrders"_s;
        f.kind = sim::SimFault::Kind(kind);
        f.remaining = 1;
        m_sim->addFault(f);
        const FetchOutcome out = fetch(*c, {});
        QVERIFY(!out.page);
        QCOMPARE(int(out.failure->kind), expected);
        const FetchOutcome ok = fetch(*c, {});
        QVERIFY(ok.page.has_value());
        QCOMPARE(ok.page->orders.size(), 2);
    }

    void duplicatedPageLosesNothing_data()
    {
        QTest::addColumn<bool>("isAmazon");
        QTest::newRow("Amazon getOrders page served twice") << true;
        QTest::newRow("Shopify orders page served twice") << false;
    }
    void duplicatedPageLosesNothing()
    {
        QFETCH(bool, isAmazon);
        std::unique_ptr<Connector> c;
        if (isAmazon)
            c = amazon();
        else
            c = shopify();
        // The first page answers normally; the next request gets that page again (page 2 repeats page 1).
        sim::SimFault f;
        f.route = isAmazon ? u"amazon.getOrders"_s : u"shopify.orders"_s;
        f.kind = sim::SimFault::Kind::Duplicate;
        f.remaining = 2;
        m_sim->addFault(f);
        QString cursor;
        QSet<QString> ids;
        int pages = 0;
        bool more = true;
        while (more && pages < 10) {
            const FetchOutcome out = fetch(*c, cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            for (const Order &o : out.page->orders)
                ids.insert(o.externalId);
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++pages;
        }
        QVERIFY(!more);
        QCOMPARE(ids.size(), 5);
    }

    void shopifyFollowsTheLinkHeader()
    {
        auto c = shopify();
        QString cursor;
        QStringList names;
        int pages = 0;
        bool more = true;
        while (more && pages < 10) {
            const FetchOutcome out = fetch(*c, cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            for (const Order &o : out.page->orders)
                names << o.externalId;
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names, (QStringList{u"#1000"_s, u"#1001"_s, u"#1002"_s, u"#1003"_s, u"#1004"_s}));
        // Up to date: only the newest order (inside the one-minute lag) is read again.
        const FetchOutcome again = fetch(*c, cursor);
        QVERIFY(again.page);
        QVERIFY(again.page->orders.size() <= 1);
    }

    void shopifyRevokedTokenAndThrottling()
    {
        auto bad = shopify("revoked");
        const FetchOutcome denied = fetch(*bad, {});
        QVERIFY(!denied.page);
        QCOMPARE(denied.failure->kind, ChannelFailure::Kind::Auth);

        auto c = shopify();
        sim::SimFault f;
        f.route = u"shopify.orders"_s;
        f.kind = sim::SimFault::Kind::RateLimited;
        f.retryAfterSec = 2;
        f.remaining = 1;
        m_sim->addFault(f);
        const FetchOutcome limited = fetch(*c, {});
        QVERIFY(!limited.page);
        QCOMPARE(limited.failure->kind, ChannelFailure::Kind::RateLimited);
        QCOMPARE(limited.failure->retryAfterMs, 2'000);
    }

    void sendIsRefusedWithAReason()
    {
        auto c = amazon();
        bool done = false;
        std::optional<ChannelFailure> failure;
        c->send(OutboundReply{}, [&](Result<SendReceipt>, std::optional<ChannelFailure> f) {
            failure = f;
            done = true;
        });
        QVERIFY(done);
        QCOMPARE(failure->kind, ChannelFailure::Kind::Permanent);
    }
};

QTEST_GUILESS_MAIN(TestOrdersConnectors)
#include "TestOrdersConnectors.moc"
