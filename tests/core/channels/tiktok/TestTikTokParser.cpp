#include "core/channels/tiktok/TikTokParser.h"

#include <QFile>
#include <QTest>

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

TikTokConfig config()
{
    TikTokConfig c;
    c.channelId = 4;
    return c;
}

} // namespace

class TestTikTokParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversations()
    {
        auto page = TikTokParser::conversations(fixture("conversations.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->nextPageToken, u"1612353423"_s);
        QCOMPARE(page->conversations.size(), 1);
        const TikTokConversation &c = page->conversations.first();
        QCOMPARE(c.id, u"7494560109732334261"_s);
        QCOMPARE(c.buyerId, u"7494560109732334262"_s);
        QCOMPARE(c.buyerName, u"Albert"_s);
        QCOMPARE(c.latestMessageAtMs, 1691411573000);
        QCOMPARE(c.latestMessageId, u"7494560109732334263"_s);
    }

    void messages()
    {
        TikTokConversation conv;
        conv.id = u"C1"_s;
        conv.buyerId = u"B1"_s;
        conv.buyerName = u"Albert"_s;
        auto page = TikTokParser::messages(fixture("messages.json"), config(), conv);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QVERIFY(page->nextPageToken.isEmpty());
        QCOMPARE(page->messages.size(), 4); // the invisible system message is skipped
        const auto &m = page->messages;
        // Oldest first: the unsupported VIDEO message is the oldest here.
        QCOMPARE(m.at(0).externalId, u"m9"_s);
        QCOMPARE(m.at(0).bodyText, u"Please check this message in Seller Center."_s);
        QCOMPARE(m.at(1).externalId, u"m1"_s);
        QCOMPARE(m.at(1).bodyText, u"Hola, ¿dónde está mi pedido?"_s);
        QCOMPARE(m.at(1).direction, u"inbound"_s);
        QCOMPARE(m.at(1).customerExternalId, u"B1"_s);
        QCOMPARE(m.at(1).conversationExternalId, u"C1"_s);
        QCOMPARE(m.at(1).channelId, 4);
        QCOMPARE(m.at(1).sentAt, 1691411573000);
        QCOMPARE(m.at(2).orderExternalId, u"576461413038785752"_s);
        QCOMPARE(m.at(3).direction, u"outbound"_s);
        QCOMPARE(m.at(3).customerExternalId, u"B1"_s);
    }

    void orders()
    {
        auto page = TikTokParser::orders(fixture("orders.json"), config());
        QVERIFY(page.ok());
        QCOMPARE(page->totalCount, 2);
        QCOMPARE(page->nextPageToken, u"aDU2dHE="_s);
        QCOMPARE(page->orders.size(), 2);
        const Order &o = page->orders.at(0);
        QCOMPARE(o.externalId, u"576461413038785752"_s);
        QCOMPARE(o.channelId, 4);
        QCOMPARE(o.status, u"shipped"_s);
        QCOMPARE(o.currency, u"USD"_s);
        QCOMPARE(o.totalCents, 2598);
        QCOMPARE(o.items.size(), 2);
        QCOMPARE(o.items.at(0).sku, u"CASE-RED"_s);
        QCOMPARE(o.items.at(1).sku, u"1730"_s);
        QCOMPARE(o.items.at(0).unitPriceCents, 1199);
        QCOMPARE(o.shipToPostcode, u"90011"_s);
        QCOMPARE(o.shipToCountry, u"US"_s);
        QCOMPARE(o.trackingNumber, u"9400111899223"_s);
        QCOMPARE(o.carrier, u"USPS"_s);
        QCOMPARE(o.orderedAt, 1691400000000);
        QCOMPARE(o.buyerExternalId, u"7494560109732334262"_s);
        QCOMPARE(o.buyerName, u"Albert Ruiz"_s);
        // Numeric ids are accepted too.
        QCOMPARE(page->orders.at(1).externalId, u"576461413038785753"_s);
        QCOMPARE(page->orders.at(1).status, u"cancelled"_s);
        QCOMPARE(page->orders.at(1).totalCents, 500);
    }

    void token()
    {
        auto t = TikTokParser::token(fixture("token.json"));
        QVERIFY(t.ok());
        QCOMPARE(t->accessToken, QByteArray("ROW_newtoken"));
        QCOMPARE(t->refreshToken, QByteArray("ROW_refresh"));
        QCOMPARE(t->accessExpiresAtMs, 1660556783000); // absolute, not a duration
    }

    void sendResponse()
    {
        auto r = TikTokParser::sendResponse(fixture("send_ok.json"));
        QVERIFY(r.ok());
        QCOMPARE(r->remoteId, u"7494560109732339999"_s);
    }

    void errorEnvelopeIsNotData()
    {
        auto page = TikTokParser::conversations(fixture("error_expired.json"));
        QVERIFY(!page.ok());
        QVERIFY(page.error().message.contains(u"Expired credentials"_s));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = fixture("orders.json");
        QTest::newRow("truncated") << full.left(full.size() - 20);
        QTest::newRow("html") << QByteArray("<html>gateway</html>");
        QTest::newRow("no envelope") << QByteArray("{\"orders\":[]}");
        QTest::newRow("data not an object") << QByteArray("{\"code\":0,\"data\":[]}");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        auto page = TikTokParser::orders(body, config());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, Error::Code::Parse);
    }

    void failure_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind"); // -1: no failure
        QTest::newRow("success") << 200 << fixture("send_ok.json") << -1;
        QTest::newRow("expired token in a 200")
            << 200 << fixture("error_expired.json") << int(ChannelFailure::Kind::Auth);
        QTest::newRow("bad signature") << 200 << fixture("error_sign.json") << int(ChannelFailure::Kind::Permanent);
        QTest::newRow("429") << 429 << QByteArray() << int(ChannelFailure::Kind::RateLimited);
        QTest::newRow("503") << 503 << QByteArray("oops") << int(ChannelFailure::Kind::Transient);
        QTest::newRow("200 with garbage") << 200 << QByteArray("{\"code\":0") << int(ChannelFailure::Kind::Transient);
        QTest::newRow("401") << 401 << QByteArray() << int(ChannelFailure::Kind::Auth);
    }
    void failure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto f = TikTokParser::failure(status, body, 2000);
        if (kind == -1) {
            QVERIFY(!f.has_value());
            return;
        }
        QVERIFY(f.has_value());
        QCOMPARE(int(f->kind), kind);
        QVERIFY(!f->message.isEmpty());
        if (f->kind == ChannelFailure::Kind::RateLimited)
            QCOMPARE(f->retryAfterMs, 2000);
    }
};

QTEST_GUILESS_MAIN(TestTikTokParser)
#include "TestTikTokParser.moc"
