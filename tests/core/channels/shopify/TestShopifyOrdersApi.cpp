#include "core/channels/shopify/ShopifyOrdersApi.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QFINDTESTDATA(u"fixtures/"_s + QLatin1StringView(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

ShopifyConfig config()
{
    ShopifyConfig c;
    c.channelId = 9;
    c.shopUrl = QUrl(u"http://127.0.0.1:5000/shopify/harbor"_s);
    return c;
}

} // namespace

class TestShopifyOrdersApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOrders()
    {
        const QByteArray link =
            "<https://harbor.myshopify.com/admin/api/2025-01/orders.json?limit=250&page_info=prevX>; rel=\"previous\", "
            "<https://harbor.myshopify.com/admin/api/2025-01/"
            "orders.json?limit=250&page_info=eyJsYXN0X2lkIjo0NTA3ODk0NzF9>; rel=\"next\"";
        auto page = ShopifyOrdersApi::parseOrders(fixture("orders.json"), link, config());
        QVERIFY(page.ok());
        QCOMPARE(page->nextPageInfo, u"eyJsYXN0X2lkIjo0NTA3ODk0NzF9"_s);
        QCOMPARE(page->orders.size(), 3);
        const Order &o = page->orders.at(0);
        QCOMPARE(o.externalId, u"#1001"_s);
        QCOMPARE(o.status, u"shipped"_s);
        QCOMPARE(o.totalCents, 19965);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items.at(0).unitPriceCents, 19900);
        QCOMPARE(o.carrier, u"DHL"_s);
        QCOMPARE(o.trackingNumber, u"00340434292135100186"_s);
        QCOMPARE(o.shipToPostcode, u"10115"_s);
        QCOMPARE(o.buyerEmail, u"bob.norman@mail.example.com"_s);
        QCOMPARE(o.buyerExternalId, u"207119551"_s);
        QCOMPARE(o.buyerName, u"Bob Norman"_s);
        QCOMPARE(o.orderedAt, QDateTime(QDate(2026, 5, 1), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(page->orders.at(1).status, u"refunded"_s);
        QCOMPARE(page->orders.at(2).status, u"cancelled"_s);
        QCOMPARE(page->maxUpdatedAtMs,
                 QDateTime(QDate(2026, 5, 2), QTime(13, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void lastPage()
    {
        auto page = ShopifyOrdersApi::parseOrders("{\"orders\":[]}",
                                                  "<https://x/orders.json?page_info=p>; rel=\"previous\"",
                                                  config());
        QVERIFY(page.ok());
        QVERIFY(page->nextPageInfo.isEmpty());
        QVERIFY(page->orders.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << fixture("orders.json").left(100);
        QTest::newRow("errors") << QByteArray("{\"errors\":\"Not Found\"}");
        QTest::newRow("html") << QByteArray("<html>");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ShopifyOrdersApi::parseOrders(body, {}, config()).ok());
    }

    void requests()
    {
        const QDateTime since(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc());
        const ChannelHttpRequest first = ShopifyOrdersApi::orders(config(), since);
        QCOMPARE(first.url.path(), u"/shopify/harbor/admin/api/2025-01/orders.json"_s);
        const QUrlQuery q(first.url);
        QCOMPARE(q.queryItemValue(u"status"_s), u"any"_s);
        QCOMPARE(q.queryItemValue(u"updated_at_min"_s), u"2026-05-01T00:00:00Z"_s);
        QCOMPARE(q.queryItemValue(u"limit"_s), u"250"_s);
        // With page_info only limit may accompany it.
        const QUrlQuery nq(ShopifyOrdersApi::orders(config(), since, u"abc"_s).url);
        QCOMPARE(nq.queryItemValue(u"page_info"_s), u"abc"_s);
        QVERIFY(!nq.hasQueryItem(u"status"_s));
        QVERIFY(!nq.hasQueryItem(u"updated_at_min"_s));
    }
};

QTEST_GUILESS_MAIN(TestShopifyOrdersApi)
#include "TestShopifyOrdersApi.moc"
