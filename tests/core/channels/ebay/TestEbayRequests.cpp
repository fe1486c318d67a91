// EbayRequests: endpoints, query parameters and bodies as reference/channels.md §1 gives them.
#include "core/channels/ebay/EbayCursor.h"
#include "core/channels/ebay/EbayRequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace hd;

class TestEbayRequests final : public QObject
{
    Q_OBJECT
private:
    static EbayConfig config(const QString &base = u"https://api.ebay.com"_s)
    {
        EbayConfig c;
        c.apiBaseUrl = QUrl(base);
        c.clientId = u"app-id"_s;
        c.clientSecret = u"cert/id+="_s;
        c.refreshToken = u"v^1.1#i^1#r^1#f^0"_s;
        return c;
    }

private Q_SLOTS:
    void conversations_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::newRow("production") << u"https://api.ebay.com"_s << u"/commerce/message/v1/conversation"_s;
        QTest::newRow("simulator prefix")
            << u"http://127.0.0.1:8080/ebay/"_s << u"/ebay/commerce/message/v1/conversation"_s;
    }
    void conversations()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        EbayConfig c = config(base);
        c.conversationPageSize = 80; // clamped to eBay's maximum
        const ChannelHttpRequest r = EbayRequests::conversations(c, 50, 1777630500000LL);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.url.path(), path);
        const QUrlQuery q(r.url);
        QCOMPARE(q.queryItemValue(u"conversation_type"_s), u"FROM_MEMBERS"_s);
        QCOMPARE(q.queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(q.queryItemValue(u"offset"_s), u"50"_s);
        QCOMPARE(q.queryItemValue(u"start_time"_s), u"2026-05-01T10:15:00.000Z"_s);
        QVERIFY(r.header("Authorization").isEmpty()); // EbayOAuth adds it when sending
    }

    void conversationMessages()
    {
        const ChannelHttpRequest r = EbayRequests::conversationMessages(config(), u"123 45"_s, 0);
        QCOMPARE(r.url.path(QUrl::FullyEncoded), u"/commerce/message/v1/conversation/123%2045"_s);
        QCOMPARE(QUrlQuery(r.url).queryItemValue(u"conversation_type"_s), u"FROM_MEMBERS"_s);
    }

    void sendMessage()
    {
        const ChannelHttpRequest existing = EbayRequests::sendMessage(config(), u"42"_s, u"buyer"_s, u"Hallo"_s);
        QCOMPARE(existing.method, QByteArray("POST"));
        QCOMPARE(existing.url.path(), u"/commerce/message/v1/send_message"_s);
        const QJsonObject body = QJsonDocument::fromJson(existing.body).object();
        QCOMPARE(body.value(u"conversationId"_s).toString(), u"42"_s);
        QCOMPARE(body.value(u"messageText"_s).toString(), u"Hallo"_s);
        QVERIFY(!body.contains(u"otherPartyUsername"_s));
        const QJsonObject fresh =
            QJsonDocument::fromJson(EbayRequests::sendMessage(config(), {}, u"buyer"_s, u"Hi"_s).body).object();
        QCOMPARE(fresh.value(u"otherPartyUsername"_s).toString(), u"buyer"_s);
    }

    void orders()
    {
        const ChannelHttpRequest r = EbayRequests::orders(config(), 1777630500000LL, 100);
        QCOMPARE(r.url.path(), u"/sell/fulfillment/v1/order"_s);
        QCOMPARE(QUrlQuery(r.url).queryItemValue(u"filter"_s, QUrl::FullyDecoded),
                 u"lastmodifieddate:[2026-05-01T10:15:00.000Z..]"_s);
    }

    void refreshToken()
    {
        const ChannelHttpRequest r = EbayRequests::refreshToken(config());
        QCOMPARE(r.url.path(), u"/identity/v1/oauth2/token"_s);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("app-id:cert/id+=").toBase64());
        const QUrlQuery form(QString::fromLatin1(r.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(QUrl::fromPercentEncoding(form.queryItemValue(u"refresh_token"_s, QUrl::FullyEncoded).toLatin1()),
                 u"v^1.1#i^1#r^1#f^0"_s);
        QVERIFY(r.body.contains("scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fcommerce.message"));
    }

    void cursorRoundTrip()
    {
        EbayCursor c;
        c.phase = EbayCursor::Phase::Orders;
        c.since = 1777630500000LL;
        c.offset = 75;
        c.high = 1777630600000LL;
        c.ordersSince = 1777000000000LL;
        c.ordersOffset = 200;
        bool ok = false;
        const EbayCursor back = EbayCursor::fromString(c.toString(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.phase, EbayCursor::Phase::Orders);
        QCOMPARE(back.since, c.since);
        QCOMPARE(back.offset, 75);
        QCOMPARE(back.high, c.high);
        QCOMPARE(back.ordersOffset, 200);
        EbayCursor::fromString(u"not json"_s, &ok);
        QVERIFY(!ok);
        QCOMPARE(EbayCursor::fromString(QString(), &ok).since, 0);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestEbayRequests)
#include "TestEbayRequests.moc"
