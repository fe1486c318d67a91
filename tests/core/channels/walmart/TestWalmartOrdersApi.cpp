#include "core/channels/walmart/WalmartOrdersApi.h"

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

WalmartConfig config()
{
    WalmartConfig c;
    c.channelId = 6;
    c.apiBaseUrl = QUrl(u"http://127.0.0.1:1/walmart"_s);
    return c;
}

} // namespace

class TestWalmartOrdersApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOrders()
    {
        auto page = WalmartOrdersApi::parseOrders(fixture("orders.json"), config());
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->totalCount, 25);
        QVERIFY(page->nextCursor.startsWith(u"?limit=10&hasMoreElements=true"_s));
        QCOMPARE(page->orders.size(), 2);
        const Order &o = page->orders.at(0);
        QCOMPARE(o.externalId, u"5281956426648"_s);
        QCOMPARE(o.status, u"shipped"_s);
        QCOMPARE(o.currency, u"USD"_s);
        QCOMPARE(o.totalCents, 4498);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items.at(0).quantity, 2);
        QCOMPARE(o.items.at(0).unitPriceCents, 1999);
        QCOMPARE(o.carrier, u"UPS"_s);
        QCOMPARE(o.trackingNumber, u"1Z12345E0205271688"_s);
        QCOMPARE(o.shipToCountry, u"US"_s);
        QCOMPARE(o.shipToPostcode, u"72712"_s);
        QCOMPARE(o.buyerEmail, u"32818112E02443689A0744011F043312@relay.walmart.com"_s);
        QCOMPARE(o.buyerName, u"Jane Doe"_s);
        // A single line given as an object, not an array.
        const Order &single = page->orders.at(1);
        QCOMPARE(single.items.size(), 1);
        QCOMPARE(single.status, u"paid"_s);
        QCOMPARE(single.totalCents, 1250);
        QCOMPARE(page->maxOrderDateMs, 1746100000000);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << fixture("orders.json").left(400);
        QTest::newRow("errors") << QByteArray("{\"errors\":{\"error\":[{\"code\":\"UNAUTHORIZED.GMP_GATEWAY_API\"}]}}");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!WalmartOrdersApi::parseOrders(body, config()).ok());
    }

    void status_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("status");
        QTest::newRow("none") << QStringList{} << u"pending"_s;
        QTest::newRow("created") << QStringList{u"Created"_s} << u"pending"_s;
        QTest::newRow("one shipped one acknowledged") << QStringList{u"Shipped"_s, u"Acknowledged"_s} << u"paid"_s;
        QTest::newRow("all delivered") << QStringList{u"Delivered"_s, u"Delivered"_s} << u"delivered"_s;
        QTest::newRow("cancelled line ignored") << QStringList{u"Cancelled"_s, u"Shipped"_s} << u"shipped"_s;
        QTest::newRow("all cancelled") << QStringList{u"Cancelled"_s} << u"cancelled"_s;
    }
    void status()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, status);
        QCOMPARE(WalmartOrdersApi::orderStatus(lines), status);
    }

    void requests()
    {
        const QDateTime since(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc());
        const ChannelHttpRequest first = WalmartOrdersApi::orders(config(), since, {}, "corr-1");
        QCOMPARE(first.url.path(), u"/walmart/v3/orders"_s);
        QCOMPARE(QUrlQuery(first.url).queryItemValue(u"createdStartDate"_s), u"2026-05-01T00:00:00Z"_s);
        QCOMPARE(first.header("WM_QOS.CORRELATION_ID"), QByteArray("corr-1"));
        QCOMPARE(first.header("WM_SVC.NAME"), QByteArray("Walmart Marketplace"));
        const ChannelHttpRequest next =
            WalmartOrdersApi::orders(config(), since, u"?limit=10&hasMoreElements=true&soIndex=25"_s, "corr-2");
        QCOMPARE(QUrlQuery(next.url).queryItemValue(u"soIndex"_s), u"25"_s);
        QVERIFY(!QUrlQuery(next.url).hasQueryItem(u"createdStartDate"_s));
        const ChannelHttpRequest token = WalmartOrdersApi::tokenRequest(config(), "id", "secret", "corr-3");
        QCOMPARE(token.header("Authorization"), QByteArray("Basic ") + QByteArray("id:secret").toBase64());
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));
    }
};

QTEST_GUILESS_MAIN(TestWalmartOrdersApi)
#include "TestWalmartOrdersApi.moc"
