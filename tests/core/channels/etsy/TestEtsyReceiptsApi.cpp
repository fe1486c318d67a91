#include "core/channels/etsy/EtsyReceiptsApi.h"

#include <QFile>
#include <QTest>
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

EtsyConfig config()
{
    EtsyConfig c;
    c.channelId = 5;
    c.keystring = u"1aa2bb33c44d55eeeeee6fff"_s;
    c.shopId = u"12345"_s;
    c.apiBaseUrl = QUrl(u"http://127.0.0.1:1/etsy/v3/application"_s);
    return c;
}

} // namespace

class TestEtsyReceiptsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseReceipts()
    {
        auto page = EtsyReceiptsApi::parseReceipts(fixture("receipts.json"), config());
        QVERIFY(page.ok());
        QCOMPARE(page->count, 3);
        QCOMPARE(page->orders.size(), 2);
        QCOMPARE(page->maxUpdatedAtS, 1746100000);
        const Order &o = page->orders.at(0);
        QCOMPARE(o.externalId, u"3012345678"_s);
        QCOMPARE(o.status, u"shipped"_s);
        QCOMPARE(o.totalCents, 4250);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.items.at(0).quantity, 2);
        QCOMPARE(o.items.at(0).unitPriceCents, 1900);
        QCOMPARE(o.carrier, u"La Poste"_s);
        QCOMPARE(o.shippedAt, 1746050000000);
        QCOMPARE(o.orderedAt, 1746000000000);
        QCOMPARE(o.shipToPostcode, u"75001"_s);
        QCOMPARE(o.buyerExternalId, u"98765432"_s);
        QCOMPARE(o.buyerEmail, u"clara@example.fr"_s);
        QCOMPARE(o.buyerName, u"Clara Dupont"_s);
        QCOMPARE(page->orders.at(1).status, u"paid"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << fixture("receipts.json").left(300);
        QTest::newRow("error body") << QByteArray("{\"error\":\"Invalid API key\"}");
        QTest::newRow("empty") << QByteArray();
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        auto page = EtsyReceiptsApi::parseReceipts(body, config());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, Error::Code::Parse);
    }

    void requests()
    {
        const ChannelHttpRequest r = EtsyReceiptsApi::receipts(config(), 0, 100);
        QCOMPARE(r.url.path(), u"/etsy/v3/application/shops/12345/receipts"_s);
        const QUrlQuery q(r.url);
        QCOMPARE(q.queryItemValue(u"min_last_modified"_s), u"946684800"_s); // never before 2000
        QCOMPARE(q.queryItemValue(u"offset"_s), u"100"_s);
        QCOMPARE(q.queryItemValue(u"sort_on"_s), u"created"_s); // stable offsets while receipts change
        QCOMPARE(q.queryItemValue(u"sort_order"_s), u"asc"_s);
        QCOMPARE(r.header("x-api-key"), QByteArray("1aa2bb33c44d55eeeeee6fff"));
        const ChannelHttpRequest t = EtsyReceiptsApi::refreshToken(config(), "12345678.abc+d");
        QCOMPARE(QUrlQuery(QString::fromUtf8(t.body)).queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded),
                 u"12345678.abc+d"_s);
    }
};

QTEST_GUILESS_MAIN(TestEtsyReceiptsApi)
#include "TestEtsyReceiptsApi.moc"
