#include "core/channels/amazon/AmazonOrdersApi.h"

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

AmazonConfig config()
{
    AmazonConfig c;
    c.channelId = 3;
    c.apiBaseUrl = QUrl(u"http://127.0.0.1:5000/amazon"_s);
    c.tokenUrl = QUrl(u"http://127.0.0.1:5000/amazon/auth/o2/token"_s);
    c.clientId = u"amzn1.application-oa2-client.abc"_s;
    c.marketplaceIds = {u"ATVPDKIKX0DER"_s};
    return c;
}

} // namespace

class TestAmazonOrdersApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOrders()
    {
        auto page = AmazonOrdersApi::parseOrders(fixture("orders_page1.json"), config());
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->orders.size(), 2);
        QCOMPARE(page->nextToken, u"2YgYW55IGNhcm5hbCBwbGVhc3VyZS4+/="_s);
        const Order &o = page->orders.at(0);
        QCOMPARE(o.externalId, u"902-1845936-5435065"_s);
        QCOMPARE(o.channelId, 3);
        QCOMPARE(o.status, u"paid"_s);
        QCOMPARE(o.currency, u"USD"_s);
        QCOMPARE(o.totalCents, 1101);
        QCOMPARE(o.orderedAt, QDateTime(QDate(2026, 5, 1), QTime(3, 58, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(o.buyerEmail, u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        QCOMPARE(o.buyerName, u"Josh"_s);
        QCOMPARE(o.shipToPostcode, u"98101"_s);
        QCOMPARE(page->orders.at(1).status, u"shipped"_s);
        QCOMPARE(page->orders.at(1).totalCents, 123450);
        QCOMPARE(page->maxUpdatedAtMs, QDateTime(QDate(2026, 5, 2), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        const QByteArray full = fixture("orders_page1.json");
        QTest::newRow("truncated") << full.left(200) << int(Error::Code::Parse);
        QTest::newRow("no payload") << QByteArray("{}") << int(Error::Code::Parse);
        QTest::newRow("errors envelope") << fixture("quota.json") << int(Error::Code::Unavailable);
    }
    void parseErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        auto page = AmazonOrdersApi::parseOrders(body, config());
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error().code), code);
    }

    void status_data()
    {
        QTest::addColumn<QString>("amazon");
        QTest::addColumn<QString>("neutral");
        QTest::newRow("Pending") << u"Pending"_s << u"pending"_s;
        QTest::newRow("PendingAvailability") << u"PendingAvailability"_s << u"pending"_s;
        QTest::newRow("Unshipped") << u"Unshipped"_s << u"paid"_s;
        QTest::newRow("PartiallyShipped") << u"PartiallyShipped"_s << u"paid"_s;
        QTest::newRow("Shipped") << u"Shipped"_s << u"shipped"_s;
        QTest::newRow("Canceled") << u"Canceled"_s << u"cancelled"_s;
        QTest::newRow("Unfulfillable") << u"Unfulfillable"_s << u"cancelled"_s;
    }
    void status()
    {
        QFETCH(QString, amazon);
        QFETCH(QString, neutral);
        QCOMPARE(AmazonOrdersApi::orderStatus(amazon), neutral);
    }

    void getOrdersResendsFiltersWithNextToken()
    {
        const QDateTime after(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc());
        const ChannelHttpRequest first = AmazonOrdersApi::getOrders(config(), after);
        QCOMPARE(first.url.path(), u"/amazon/orders/v0/orders"_s);
        QUrlQuery q(first.url);
        QCOMPARE(q.queryItemValue(u"MarketplaceIds"_s), u"ATVPDKIKX0DER"_s);
        QCOMPARE(q.queryItemValue(u"LastUpdatedAfter"_s), u"2026-05-01T00:00:00Z"_s);
        QVERIFY(!q.hasQueryItem(u"NextToken"_s));
        const ChannelHttpRequest next = AmazonOrdersApi::getOrders(config(), after, u"ab+/=c"_s);
        QUrlQuery nq(next.url);
        QCOMPARE(nq.queryItemValue(u"NextToken"_s, QUrl::FullyDecoded), u"ab+/=c"_s);
        QVERIFY(next.url.toString(QUrl::FullyEncoded).contains(u"NextToken=ab%2B"_s)); // "+" must not become a space
        QCOMPARE(nq.queryItemValue(u"LastUpdatedAfter"_s), u"2026-05-01T00:00:00Z"_s);
    }

    void token()
    {
        const ChannelHttpRequest r = AmazonOrdersApi::tokenRequest(config(), "s3cr&t", "Atzr|IwE+B");
        QCOMPARE(r.method, QByteArray("POST"));
        QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), u"Atzr|IwE+B"_s);
        QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), u"s3cr&t"_s);
        auto t = AmazonOrdersApi::parseToken(fixture("token.json"), 1000);
        QVERIFY(t.ok());
        QCOMPARE(t->accessToken, QByteArray("Atza|IwEBIJSvZ"));
        QCOMPARE(t->expiresAtMs, 1000 + 3600 * 1000);
        QVERIFY(!AmazonOrdersApi::parseToken("{\"error\":\"invalid_grant\"}", 0).ok());
    }

    void authAndRate()
    {
        ChannelHttpResponse r;
        r.status = 403;
        r.body = fixture("unauthorized.json");
        QVERIFY(AmazonOrdersApi::isAuthFailure(r));
        r.status = 429;
        r.body = fixture("quota.json");
        QVERIFY(!AmazonOrdersApi::isAuthFailure(r));
        QCOMPARE(AmazonOrdersApi::rateLimitWaitMs("0.0167"), 59881);
        QCOMPARE(AmazonOrdersApi::rateLimitWaitMs("0.5"), 2000);
        QCOMPARE(AmazonOrdersApi::rateLimitWaitMs(""), 60000);
    }
};

QTEST_GUILESS_MAIN(TestAmazonOrdersApi)
#include "TestAmazonOrdersApi.moc"
