// Etsy receipts and Walmart orders connectors against harbordesk-sim, in-process on loopback: full
// sync with paging, incremental cursors, token expiry and refresh, every fault the simulator
// injects, and the fetched orders linked to buyers and their messages by order number (SQLite and,
// with HARBORDESK_PG_URL, PostgreSQL). The simulator needs no external server; nothing is skipped.
#include "../core/storage/StorageFixture.h"
#include "TestSimSupport.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/etsy/EtsyReceiptsConnector.h"
#include "core/channels/walmart/WalmartOrdersConnector.h"
#include "core/common/Clock.h"
#include "core/sync/OrderIngest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace hd::simtest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z (UTC ms)
constexpr qint64 kNowS = kNow / 1000;
constexpr qint64 kDayMs = 86'400'000;
constexpr int kReceipts = 7;
constexpr int kWalmartOrders = 7;
const QString kKeystring = u"1aa2bb33c44d55eeeeee6fff"_s;
const QString kWalmartRelay = u"32818112E02443689A0744011F043312@relay.walmart.com"_s;

QString scenarioPath()
{
    const QString root = qEnvironmentVariable("HARBORDESK_SOURCE_DIR");
    return (root.isEmpty() ? QStringLiteral(HD_SOURCE_DIR) : root) + u"/resources/sim/demo.json"_s;
}

QString receiptId(int i)
{
    return QString::number(3'012'345'670LL + i);
}

QString walmartOrderId(int i)
{
    return QString::number(2'000'000'000'100LL + i);
}

/// Receipts created one per day, oldest first; the last modified an hour before now.
QJsonArray receipts()
{
    QJsonArray list;
    for (int i = 0; i < kReceipts; ++i) {
        const qint64 created = kNowS - 86'400LL * (kReceipts - i);
        list.append(QJsonObject{
            {u"receipt_id"_s, receiptId(i).toLongLong()},
            {u"receipt_type"_s, 0},
            {u"seller_user_id"_s, 12345678},
            {u"buyer_user_id"_s, 900000100 + i},
            {u"buyer_email"_s, u"buyer%1@example.com"_s.arg(i)},
            {u"name"_s, u"Buyer %1"_s.arg(i)},
            {u"zip"_s, u"1011 AB"_s},
            {u"country_iso"_s, u"NL"_s},
            {u"status"_s, i == 0 ? u"Completed"_s : u"Paid"_s},
            {u"is_paid"_s, true},
            {u"is_shipped"_s, i == 0},
            {u"message_from_buyer"_s, i == 1 ? u"Please gift wrap"_s : QString()},
            {u"create_timestamp"_s, created},
            {u"created_timestamp"_s, created},
            {u"update_timestamp"_s, created + 3600 * i},
            {u"updated_timestamp"_s, created + 3600 * i},
            {u"grandtotal"_s,
             QJsonObject{{u"amount"_s, 1999 + i}, {u"divisor"_s, 100}, {u"currency_code"_s, u"EUR"_s}}},
            {u"transactions"_s,
             QJsonArray{QJsonObject{
                 {u"title"_s, u"Ceramic mug"_s},
                 {u"sku"_s, u"MUG-%1"_s.arg(i)},
                 {u"quantity"_s, 1},
                 {u"price"_s,
                  QJsonObject{{u"amount"_s, 1999 + i}, {u"divisor"_s, 100}, {u"currency_code"_s, u"EUR"_s}}}}}},
            {u"shipments"_s,
             i == 0 ? QJsonArray{QJsonObject{{u"carrier_name"_s, u"PostNL"_s},
                                             {u"tracking_code"_s, u"3SABCD1234567"_s},
                                             {u"shipment_notification_timestamp"_s, created + 86'000}}}
                    : QJsonArray{}}});
    }
    return list;
}

QJsonObject walmartOrder(int i, qint64 orderDateMs, const QString &status)
{
    const QJsonObject line{
        {u"lineNumber"_s, u"1"_s},
        {u"item"_s, QJsonObject{{u"productName"_s, u"Garden hose 50ft"_s}, {u"sku"_s, u"HOSE-%1"_s.arg(i)}}},
        {u"charges"_s,
         QJsonObject{
             {u"charge"_s,
              QJsonArray{
                  QJsonObject{{u"chargeType"_s, u"PRODUCT"_s},
                              {u"chargeName"_s, u"ItemPrice"_s},
                              {u"chargeAmount"_s, QJsonObject{{u"currency"_s, u"USD"_s}, {u"amount"_s, 25.0 + i}}}},
                  QJsonObject{{u"chargeType"_s, u"SHIPPING"_s},
                              {u"chargeName"_s, u"Shipping"_s},
                              {u"chargeAmount"_s, QJsonObject{{u"currency"_s, u"USD"_s}, {u"amount"_s, 4.99}}}}}}}},
        {u"orderLineQuantity"_s, QJsonObject{{u"unitOfMeasurement"_s, u"EACH"_s}, {u"amount"_s, u"1"_s}}},
        {u"orderLineStatuses"_s,
         QJsonObject{{u"orderLineStatus"_s,
                      QJsonArray{QJsonObject{{u"status"_s, status},
                                             {u"statusQuantity"_s,
                                              QJsonObject{{u"unitOfMeasurement"_s, u"EACH"_s}, {u"amount"_s, u"1"_s}}},
                                             {u"trackingInfo"_s,
                                              status == "Shipped"_L1 ? QJsonValue(
                                                  QJsonObject{{u"shipDateTime"_s, orderDateMs + kDayMs},
                                                              {u"carrierName"_s, QJsonObject{{u"carrier"_s, u"UPS"_s}}},
                                                              {u"trackingNumber"_s, u"1Z12345E0205271688"_s}})
                                                                     : QJsonValue()}}}}}}};
    return QJsonObject{{u"purchaseOrderId"_s, QString::number(1'800'000'000'100LL + i)},
                       {u"customerOrderId"_s, walmartOrderId(i)},
                       {u"customerEmailId"_s,
                        i == 0 ? kWalmartRelay : u"%1F02443689A0744011F04331%2@relay.walmart.com"_s.arg(i).arg(i)},
                       {u"orderDate"_s, orderDateMs},
                       {u"shippingInfo"_s,
                        QJsonObject{{u"phone"_s, u"2025550143"_s},
                                    {u"methodCode"_s, u"Standard"_s},
                                    {u"postalAddress"_s,
                                     QJsonObject{{u"name"_s, u"Walmart Buyer %1"_s.arg(i)},
                                                 {u"address1"_s, u"3001 Main St"_s},
                                                 {u"city"_s, u"Dallas"_s},
                                                 {u"state"_s, u"TX"_s},
                                                 {u"postalCode"_s, u"75201"_s},
                                                 {u"country"_s, u"USA"_s},
                                                 {u"addressType"_s, u"RESIDENTIAL"_s}}}}},
                       {u"orderLines"_s, QJsonObject{{u"orderLine"_s, QJsonArray{line}}}}};
}

QJsonObject scenario()
{
    QJsonArray walmart;
    for (int i = 0; i < kWalmartOrders; ++i)
        walmart.append(walmartOrder(i, kNow - kDayMs * (kWalmartOrders - i), i == 0 ? u"Shipped"_s : u"Created"_s));
    // Older than the API's 180-day window: never served.
    walmart.append(walmartOrder(99, kNow - 200 * kDayMs, u"Delivered"_s));
    return QJsonObject{{u"etsy"_s,
                        QJsonObject{{u"auth"_s,
                                     QJsonObject{{u"keystring"_s, kKeystring},
                                                 {u"accessToken"_s, u"12345678.sim-access-1"_s},
                                                 {u"refreshToken"_s, u"12345678.sim-refresh-1"_s},
                                                 {u"accessTtlSec"_s, 3600}}},
                                    {u"shopId"_s, 24681357},
                                    {u"userId"_s, 12345678},
                                    {u"receipts"_s, receipts()}}},
                       {u"walmart"_s,
                        QJsonObject{{u"auth"_s,
                                     QJsonObject{{u"clientId"_s, u"sim-walmart-client"_s},
                                                 {u"clientSecret"_s, u"sim-walmart-secret"_s},
                                                 {u"accessTtlSec"_s, 900}}},
                                    {u"orders"_s, walmart}}}};
}

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestEtsyWalmartConnectors final : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;
    QTemporaryDir m_dir;

    QUrl simUrl(const QString &path) const
    {
        QUrl u = m_sim->baseUrl();
        u.setPath(path);
        return u;
    }

    EtsyConfig etsyConfig() const
    {
        EtsyConfig c;
        c.channelId = 21;
        c.apiBaseUrl = simUrl(u"/etsy/v3/application"_s);
        c.tokenUrl = simUrl(u"/etsy/v3/public/oauth/token"_s);
        c.keystring = kKeystring;
        c.shopId = u"24681357"_s;
        c.pageSize = 2;
        return c;
    }

    std::unique_ptr<EtsyReceiptsConnector> etsy(const QByteArray &refresh = "12345678.sim-refresh-1", EtsyConfig c = {})
    {
        if (c.keystring.isEmpty())
            c = etsyConfig();
        auto connector = std::make_unique<EtsyReceiptsConnector>(c, "12345678.sim-access-1", refresh, *m_http, m_clock);
        connector->setBackfillMs(30 * kDayMs);
        return connector;
    }

    std::unique_ptr<WalmartOrdersConnector> walmart(const QByteArray &secret = "sim-walmart-secret")
    {
        WalmartConfig c;
        c.channelId = 22;
        c.apiBaseUrl = simUrl(u"/walmart"_s);
        c.pageSize = 2;
        auto connector = std::make_unique<WalmartOrdersConnector>(c, "sim-walmart-client", secret, *m_http, m_clock);
        connector->setBackfillMs(30 * kDayMs);
        return connector;
    }

    int requests(const QString &route) const { return m_sim->requestCounts().value(route); }

    std::unique_ptr<Connector> connectorFor(const QString &channel)
    {
        if (channel == "etsy"_L1)
            return etsy();
        return walmart();
    }

    static QStringList ids(const SyncResult &r)
    {
        QStringList out = r.orders.keys();
        out.sort();
        return out;
    }

    static QStringList expectedIds(const QString &channel)
    {
        QStringList out;
        for (int i = 0; i < (channel == "etsy"_L1 ? kReceipts : kWalmartOrders); ++i)
            out << (channel == "etsy"_L1 ? receiptId(i) : walmartOrderId(i));
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_clock.setNowMs(kNow);
        m_sim = std::make_unique<sim::SimServer>(m_clock);
        sim::installAllRoutes(*m_sim);
        QVERIFY(m_sim->loadScenario(scenario()).ok());
        QVERIFY(m_sim->listen(0).ok());
        m_http = std::make_unique<ChannelHttp>(&m_clock);
        m_http->setTransferTimeoutMs(1'500);
    }

    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    // --- Etsy -----------------------------------------------------------------------------------

    void etsyFullSyncPagesWithOffset()
    {
        auto c = etsy();
        const SyncResult r = syncAll(*c, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        QCOMPARE(r.pages, 4); // 7 receipts at 2 a page
        QCOMPARE(ids(r), expectedIds(u"etsy"_s));
        const Order shipped = r.orders.value(receiptId(0));
        QCOMPARE(shipped.channelId, qint64(21));
        QCOMPARE(shipped.status, u"shipped"_s);
        QCOMPARE(shipped.totalCents, 1999);
        QCOMPARE(shipped.currency, u"EUR"_s);
        QCOMPARE(shipped.trackingNumber, u"3SABCD1234567"_s);
        QCOMPARE(shipped.carrier, u"PostNL"_s);
        QCOMPARE(shipped.buyerExternalId, u"900000100"_s);
        QCOMPARE(shipped.buyerEmail, u"buyer0@example.com"_s);
        QCOMPARE(shipped.shipToCountry, u"NL"_s);
        QCOMPARE(shipped.items.size(), 1);
        QCOMPARE(shipped.items.first().sku, u"MUG-0"_s);
        QCOMPARE(r.orders.value(receiptId(3)).status, u"paid"_s);
        QCOMPARE(requests(u"etsy.getShopReceipts"_s), 4);
        QCOMPARE(requests(u"etsy.token"_s), 0); // the stored token was still valid
    }

    void etsyIncrementalCursorReadsOnlyChanges()
    {
        auto c = etsy();
        const SyncResult first = syncAll(*c, QString());
        QVERIFY(first.failures.isEmpty());
        // Up to date: only what lies inside the re-read lag comes again, not the history.
        m_clock.advanceMs(600'000);
        const SyncResult idle = syncAll(*c, first.cursor);
        QVERIFY(idle.failures.isEmpty());
        QVERIFY2(idle.orders.size() <= 1, qPrintable(ids(idle).join(u',')));
        // One old receipt ships and one new receipt arrives: both come, nothing else.
        m_clock.advanceMs(600'000);
        QVERIFY(
            m_sim->inject(u"etsy"_s, QJsonObject{{u"receiptId"_s, receiptId(2)}, {u"status"_s, u"Completed"_s}}).ok());
        QVERIFY(m_sim
                    ->inject(u"etsy"_s,
                             QJsonObject{{u"receiptId"_s, u"3012345999"_s},
                                         {u"buyer"_s, u"Anna de Vries"_s},
                                         {u"total"_s, 42.5}})
                    .ok());
        const SyncResult next = syncAll(*c, idle.cursor);
        QVERIFY(next.failures.isEmpty());
        QCOMPARE(next.orders.value(receiptId(2)).status, u"shipped"_s);
        QCOMPARE(next.orders.value(u"3012345999"_s).totalCents, 4250);
        QCOMPARE(next.orders.value(u"3012345999"_s).buyerName, u"Anna de Vries"_s);
        QVERIFY2(next.orders.size() <= 3, qPrintable(ids(next).join(u',')));
    }

    void etsyReceiptChangedDuringTheWalkHidesNothing()
    {
        // A receipt that changes between two pages must neither hide another one nor be lost.
        auto c = etsy();
        const FetchOutcome first = fetchOnce(*c, QString());
        QVERIFY(first.page && first.page->hasMore);
        m_clock.advanceMs(60'000);
        const QString changed = first.page->orders.first().externalId;
        QVERIFY(m_sim->inject(u"etsy"_s, QJsonObject{{u"receiptId"_s, changed}, {u"status"_s, u"Canceled"_s}}).ok());
        SyncResult rest = syncAll(*c, first.page->cursor);
        QVERIFY(rest.failures.isEmpty());
        for (const Order &o : first.page->orders)
            if (!rest.orders.contains(o.externalId))
                rest.orders.insert(o.externalId, o);
        QCOMPARE(ids(rest), expectedIds(u"etsy"_s));
        // The change itself is read by the next poll at the latest.
        m_clock.advanceMs(60'000);
        const SyncResult next = syncAll(*c, rest.cursor);
        QVERIFY(next.failures.isEmpty());
        const Order latest = next.orders.contains(changed) ? next.orders.value(changed) : rest.orders.value(changed);
        QCOMPARE(latest.status, u"cancelled"_s);
    }

    void etsyExpiredTokenIsRefreshedOnce()
    {
        auto c = etsy();
        QSignalSpy refreshed(c.get(), &EtsyReceiptsConnector::tokensRefreshed);
        m_sim->state().expireAccessToken(u"etsy"_s);
        const FetchOutcome o = fetchOnce(*c, QString());
        QVERIFY2(!o.failure, qPrintable(o.failure ? o.failure->detail : QString()));
        QCOMPARE(requests(u"etsy.token"_s), 1);
        QCOMPARE(refreshed.size(), 1);
        const QString access = refreshed.first().at(0).toString();
        const QString refresh = refreshed.first().at(1).toString();
        QVERIFY(access.startsWith(u"12345678."_s)); // Etsy prefixes tokens with the user id
        QVERIFY(m_sim->state().isAccessTokenValid(u"etsy"_s, access));
        QVERIFY(refresh != u"12345678.sim-refresh-1"_s); // the refresh token rotated
        QVERIFY(m_sim->state().isRefreshTokenValid(u"etsy"_s, refresh));
        QCOMPARE(refreshed.first().at(2).toLongLong(), m_clock.nowMs() + 3'600'000);

        // An hour later the connector renews before the token expires: no 401 round trip.
        m_clock.advanceMs(3'590'000);
        const int receiptCalls = requests(u"etsy.getShopReceipts"_s);
        QVERIFY(fetchOnce(*c, o.page->cursor).page.has_value());
        QCOMPARE(requests(u"etsy.token"_s), 2);
        QCOMPARE(requests(u"etsy.getShopReceipts"_s), receiptCalls + 1);
    }

    void etsyRevokedRefreshTokenNeedsReauthorisation()
    {
        auto c = etsy("12345678.revoked");
        m_sim->state().expireAccessToken(u"etsy"_s);
        const FetchOutcome o = fetchOnce(*c, QString());
        QVERIFY(!o.page);
        QVERIFY(o.failure);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Auth);
        QVERIFY(!o.failure->message.isEmpty());
        QVERIFY(!o.failure->detail.contains(u"revoked"_s)); // never a secret in the detail
    }

    void etsyWrongApiKeyIsRefused()
    {
        EtsyConfig cfg = etsyConfig();
        cfg.keystring = u"not-the-keystring"_s;
        auto c = etsy("12345678.sim-refresh-1", cfg);
        const FetchOutcome o = fetchOnce(*c, QString());
        QVERIFY(!o.page);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Permanent);
        QVERIFY(o.failure->detail.contains(u"403"_s));
    }

    void etsyTestConnectionReadsTheShop()
    {
        auto c = etsy();
        bool done = false;
        std::optional<ChannelFailure> failure;
        c->testConnection([&](Status, std::optional<ChannelFailure> f) {
            failure = f;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(!failure, qPrintable(failure ? failure->detail : QString()));
        QCOMPARE(requests(u"etsy.getShop"_s), 1);
    }

    // --- Walmart --------------------------------------------------------------------------------

    void walmartFullSyncFollowsNextCursor()
    {
        auto c = walmart();
        const SyncResult r = syncAll(*c, QString());
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).detail));
        QCOMPARE(r.pages, 4); // 7 orders at 2 a page; the 200-day-old one is outside the window
        QCOMPARE(ids(r), expectedIds(u"walmart"_s));
        QCOMPARE(requests(u"walmart.token"_s), 1); // client credentials, once before the first call
        const Order shipped = r.orders.value(walmartOrderId(0));
        QCOMPARE(shipped.channelId, qint64(22));
        QCOMPARE(shipped.status, u"shipped"_s);
        QCOMPARE(shipped.trackingNumber, u"1Z12345E0205271688"_s);
        QCOMPARE(shipped.carrier, u"UPS"_s);
        QCOMPARE(shipped.buyerEmail, kWalmartRelay);
        QCOMPARE(shipped.shipToCountry, u"US"_s);
        QCOMPARE(shipped.totalCents, 2999); // item 25.00 + shipping 4.99
        QCOMPARE(shipped.items.first().unitPriceCents, 2500);
        QCOMPARE(r.orders.value(walmartOrderId(3)).status, u"pending"_s);
    }

    void walmartIncrementalCursorReadsRecentOrders()
    {
        auto c = walmart();
        const SyncResult first = syncAll(*c, QString());
        QVERIFY(first.failures.isEmpty());
        m_clock.advanceMs(600'000);
        const SyncResult idle = syncAll(*c, first.cursor);
        QVERIFY(idle.failures.isEmpty());
        // Only the last day is read again (status changes of recent orders), not the whole month.
        QVERIFY2(idle.orders.size() <= 2, qPrintable(ids(idle).join(u',')));
        QVERIFY(m_sim->inject(u"walmart"_s, QJsonObject{{u"orderId"_s, u"2000000000999"_s}, {u"total"_s, 12.5}}).ok());
        QVERIFY(m_sim->inject(u"walmart"_s, QJsonObject{{u"orderId"_s, walmartOrderId(6)}, {u"status"_s, u"Shipped"_s}})
                    .ok());
        m_clock.advanceMs(600'000);
        const SyncResult next = syncAll(*c, idle.cursor);
        QVERIFY(next.failures.isEmpty());
        QVERIFY(next.orders.contains(u"2000000000999"_s));
        QCOMPARE(next.orders.value(u"2000000000999"_s).totalCents, 1250);
        QCOMPARE(next.orders.value(walmartOrderId(6)).status, u"shipped"_s);
        QCOMPARE(requests(u"walmart.token"_s), 2); // the 15-minute token was renewed before it expired
    }

    void walmartExpiredTokenIsFetchedAgainOnce()
    {
        auto c = walmart();
        QVERIFY(fetchOnce(*c, QString()).page.has_value());
        m_sim->state().expireAccessToken(u"walmart"_s); // revoked early: 401 on the next call
        const FetchOutcome o = fetchOnce(*c, QString());
        QVERIFY2(!o.failure, qPrintable(o.failure ? o.failure->detail : QString()));
        QCOMPARE(requests(u"walmart.token"_s), 2);
    }

    void walmartWrongClientSecretNeedsReauthorisation()
    {
        auto c = walmart("wrong-secret");
        const FetchOutcome o = fetchOnce(*c, QString());
        QVERIFY(!o.page);
        QCOMPARE(o.failure->kind, ChannelFailure::Kind::Auth);
        QVERIFY(!o.failure->detail.contains(u"wrong-secret"_s));
        QCOMPARE(requests(u"walmart.getAllOrders"_s), 0);
    }

    void walmartRequiresItsHeaders()
    {
        // The connector sends WM_SVC.NAME and a fresh WM_QOS.CORRELATION_ID on every call; the
        // simulator refuses a call without them, as Walmart does.
        auto c = walmart();
        QVERIFY(fetchOnce(*c, QString()).page.has_value());
        ChannelHttpRequest bare;
        bare.url = simUrl(u"/walmart/v3/orders"_s);
        bare.service = u"Walmart"_s;
        bool done = false;
        std::optional<ChannelFailure> failure;
        m_http->send(bare, this, [&](Result<ChannelHttpResponse>, std::optional<ChannelFailure> f) {
            failure = f;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(failure);
        QVERIFY(failure->detail.contains(u"WM_SVC.NAME"_s));
    }

    // --- Both: every simulator fault ------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        for (const QString &channel : {u"etsy"_s, u"walmart"_s}) {
            const QByteArray c = channel.toLatin1();
            QTest::addRow("%s 429 Retry-After", c.constData())
                << channel << u"rate_limit"_s << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
            QTest::addRow("%s 503", c.constData())
                << channel << u"server_error"_s << int(ChannelFailure::Kind::Transient) << qint64(0);
            QTest::addRow("%s malformed JSON", c.constData())
                << channel << u"malformed"_s << int(ChannelFailure::Kind::Transient) << qint64(0);
            QTest::addRow("%s truncated body", c.constData())
                << channel << u"truncated"_s << int(ChannelFailure::Kind::Transient) << qint64(0);
            QTest::addRow("%s no answer", c.constData())
                << channel << u"timeout"_s << int(ChannelFailure::Kind::Transient) << qint64(0);
        }
    }
    void faults()
    {
        QFETCH(QString, channel);
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        auto c = connectorFor(channel);
        // The fault hits the second page, in the middle of the walk.
        const FetchOutcome first = fetchOnce(*c, QString());
        QVERIFY(first.page && first.page->hasMore);
        const QString route = channel == "etsy"_L1 ? u"etsy.getShopReceipts"_s : u"walmart.getAllOrders"_s;
        QVERIFY(
            m_sim->addFault(QJsonObject{{u"route"_s, route}, {u"kind"_s, kind}, {u"next"_s, 1}, {u"retryAfter"_s, 7}})
                .ok());
        SyncResult r = syncAll(*c, first.page->cursor);
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(int(r.failures.first().kind), expected);
        QCOMPARE(r.failures.first().retryAfterMs, retryAfterMs);
        QVERIFY(!r.failures.first().message.isEmpty());
        QVERIFY(!r.failures.first().detail.isEmpty());
        // The retry from the same cursor got everything, nothing lost.
        for (const Order &o : first.page->orders)
            r.orders.insert(o.externalId, o);
        QCOMPARE(ids(r), expectedIds(channel));
    }

    void duplicatedPageLosesNothing_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("etsy receipts page served twice") << u"etsy"_s;
        QTest::newRow("walmart orders page served twice") << u"walmart"_s;
    }
    void duplicatedPageLosesNothing()
    {
        QFETCH(QString, channel);
        auto c = connectorFor(channel);
        const FetchOutcome first = fetchOnce(*c, QString());
        QVERIFY(first.page && first.page->hasMore);
        const QString route = channel == "etsy"_L1 ? u"etsy.getShopReceipts"_s : u"walmart.getAllOrders"_s;
        QVERIFY(m_sim->addFault(QJsonObject{{u"route"_s, route}, {u"kind"_s, u"duplicate"_s}, {u"next"_s, 2}}).ok());
        SyncResult r = syncAll(*c, first.page->cursor);
        for (const Order &o : first.page->orders)
            r.orders.insert(o.externalId, o);
        QCOMPARE(ids(r), expectedIds(channel));
        QVERIFY(m_sim->faults().isEmpty()); // both duplicates were served
    }

    // --- Orders linked to buyers and messages -------------------------------------------------

    void ordersLinkToBuyersAndMessages_data() { test::addEngineRows(); }
    void ordersLinkToBuyersAndMessages()
    {
        QFETCH(QString, engine);
        auto ws = test::openFresh(engine, m_dir, m_clock);
        QVERIFY(ws);
        const qint64 mail =
            ws->directory().addChannel(Channel{0, ChannelKind::Email, u"Support"_s, {}, {}, true, kNow}).value();
        const qint64 etsyChannel =
            ws->directory().addChannel(Channel{0, ChannelKind::Etsy, u"Etsy"_s, u"NL"_s, {}, true, kNow}).value();
        const qint64 walmartChannel =
            ws->directory().addChannel(Channel{0, ChannelKind::Walmart, u"Walmart"_s, u"US"_s, {}, true, kNow}).value();

        // A Walmart buyer wrote through the relay before the orders were fetched.
        InboundMessage relay;
        relay.channelId = mail;
        relay.externalId = u"<w1@relay.walmart.com>"_s;
        relay.conversationExternalId = relay.externalId;
        relay.customerExternalId = kWalmartRelay;
        relay.customerEmail = kWalmartRelay;
        relay.customerName = u"Walmart Buyer 0"_s;
        relay.subject = u"Question about my hose"_s;
        relay.bodyText = u"Hello, does it fit a standard tap?"_s;
        relay.sentAt = kNow - 60'000;
        QVERIFY(ws->ingest().ingest({relay}).ok());

        // Both connectors sync against the simulator; their orders are stored with the cursor.
        auto e = etsy();
        auto w = walmart();
        const SyncResult etsyOrders = syncAll(*e, QString());
        const SyncResult walmartOrders = syncAll(*w, QString());
        QVERIFY(etsyOrders.failures.isEmpty() && walmartOrders.failures.isEmpty());
        QList<Order> etsyList = etsyOrders.orders.values();
        for (Order &o : etsyList)
            o.channelId = etsyChannel;
        QList<Order> walmartList = walmartOrders.orders.values();
        for (Order &o : walmartList)
            o.channelId = walmartChannel;
        OrderIngest orders(ws->database(), m_clock);
        auto stored = orders.store(etsyList, SyncCursor{etsyChannel, u"orders"_s, etsyOrders.cursor});
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().detail));
        QCOMPARE(stored->inserted, kReceipts);
        auto storedW = orders.store(walmartList, SyncCursor{walmartChannel, u"orders"_s, walmartOrders.cursor});
        QVERIFY2(storedW.ok(), qPrintable(storedW.ok() ? QString() : storedW.error().detail));
        QCOMPARE(storedW->inserted, kWalmartOrders);
        QVERIFY(storedW->linkedToBuyer >= 1);
        // The relay alias made the Walmart order the e-mail buyer's.
        QCOMPARE(
            scalar(*ws, u"SELECT customer_id FROM orders WHERE external_id = '%1'"_s.arg(walmartOrderId(0))),
            scalar(*ws, u"SELECT customer_id FROM conversations WHERE external_id = '%1'"_s.arg(relay.externalId)));

        // Messages that quote the order numbers are linked to those orders.
        InboundMessage follow = relay;
        follow.externalId = u"<w2@relay.walmart.com>"_s;
        follow.threadRefs = relay.externalId;
        follow.subject = u"Re: Question about my hose"_s;
        follow.bodyText = u"It is order %1, thanks"_s.arg(walmartOrderId(0));
        follow.sentAt = kNow - 30'000;
        InboundMessage etsyMail;
        etsyMail.channelId = mail;
        etsyMail.externalId = u"<e1@example.com>"_s;
        etsyMail.conversationExternalId = etsyMail.externalId;
        etsyMail.customerExternalId = u"buyer4@example.com"_s;
        etsyMail.customerEmail = u"buyer4@example.com"_s;
        etsyMail.subject = u"Etsy order %1"_s.arg(receiptId(4));
        etsyMail.bodyText = u"Where is my mug?"_s;
        etsyMail.sentAt = kNow - 20'000;
        QVERIFY(ws->ingest().ingest({follow, etsyMail}).ok());
        QCOMPARE(scalar(*ws,
                        u"SELECT o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id"
                        " WHERE c.external_id = '%1'"_s.arg(etsyMail.externalId)),
                 receiptId(4).toLongLong());
        QCOMPARE(scalar(*ws,
                        u"SELECT o.channel_id FROM conversations c JOIN orders o ON o.id = c.order_id"
                        " WHERE c.external_id = '%1'"_s.arg(etsyMail.externalId)),
                 etsyChannel);
        QCOMPARE(scalar(*ws,
                        u"SELECT COUNT(*) FROM conversations c JOIN orders o ON o.id = c.order_id"
                        " WHERE o.external_id = '%1'"_s.arg(walmartOrderId(0))),
                 1);
        // A second sync of the same orders updates, never duplicates.
        auto again = orders.store(walmartList);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(scalar(*ws, u"SELECT COUNT(*) FROM orders"_s), qint64(kReceipts + kWalmartOrders));
        ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    // --- The demo scenario ----------------------------------------------------------------------

    void demoScenarioServesEtsyAndWalmart()
    {
        QVERIFY(m_sim->loadScenarioFile(scenarioPath()).ok());
        QFile f(scenarioPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject demo = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject etsyDemo = demo.value(u"etsy"_s).toObject();
        QVERIFY2(!etsyDemo.isEmpty(), "resources/sim/demo.json has no etsy section");
        EtsyConfig cfg = etsyConfig();
        cfg.keystring = etsyDemo.value(u"auth"_s).toObject().value(u"keystring"_s).toString();
        cfg.shopId = etsyDemo.value(u"shopId"_s).toVariant().toString();
        auto e = std::make_unique<EtsyReceiptsConnector>(
            cfg,
            etsyDemo.value(u"auth"_s).toObject().value(u"accessToken"_s).toString().toUtf8(),
            etsyDemo.value(u"auth"_s).toObject().value(u"refreshToken"_s).toString().toUtf8(),
            *m_http,
            m_clock);
        e->setBackfillMs(60 * kDayMs);
        const SyncResult er = syncAll(*e, QString());
        QVERIFY2(er.failures.isEmpty(), qPrintable(er.failures.value(0).detail));
        QCOMPARE(er.orders.size(), etsyDemo.value(u"receipts"_s).toArray().size());

        const QJsonObject walmartDemo = demo.value(u"walmart"_s).toObject();
        QVERIFY2(!walmartDemo.isEmpty(), "resources/sim/demo.json has no walmart section");
        WalmartConfig wc;
        wc.apiBaseUrl = simUrl(u"/walmart"_s);
        const QJsonObject wauth = walmartDemo.value(u"auth"_s).toObject();
        WalmartOrdersConnector w(wc,
                                 wauth.value(u"clientId"_s).toString().toUtf8(),
                                 wauth.value(u"clientSecret"_s).toString().toUtf8(),
                                 *m_http,
                                 m_clock);
        w.setBackfillMs(60 * kDayMs);
        const SyncResult wr = syncAll(w, QString());
        QVERIFY2(wr.failures.isEmpty(), qPrintable(wr.failures.value(0).detail));
        QCOMPARE(wr.orders.size(), walmartDemo.value(u"orders"_s).toArray().size());
    }
};

QTEST_GUILESS_MAIN(TestEtsyWalmartConnectors)
#include "TestEtsyWalmartConnectors.moc"
