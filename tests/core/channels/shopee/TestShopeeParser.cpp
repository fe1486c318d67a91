// ShopeeParser on recorded Shopee v2 payloads (reference/channels.md §3.3-3.5).
#include "core/channels/shopee/ShopeeParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hd;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QFINDTESTDATA(u"fixtures/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestShopeeParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversationList()
    {
        const Result<ShopeeConversationPage> page =
            ShopeeParser::conversationList(fixture(u"conversation_list.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->conversations.size(), 1);
        const ShopeeConversation &c = page->conversations.first();
        QCOMPARE(c.conversationId, u"1801234567890123456"_s);
        QCOMPARE(c.toId, 123456789);
        QCOMPARE(c.lastMessageNano, 1763720000123456789LL); // nanoseconds, exact
        QVERIFY(page->more);
        QCOMPARE(page->nextTimestampNano, 1763720000123456789LL);
    }

    void messages()
    {
        const Result<ShopeeMessagePage> page = ShopeeParser::messages(fixture(u"messages.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), 3);
        // IDs as numbers and as strings both come back exact.
        QCOMPARE(page->messages.at(1).messageId, u"2414019124426817905"_s);
        QCOMPARE(page->messages.at(1).conversationId, u"1801234567890123456"_s);
        QCOMPARE(page->messages.at(1).orderSn, u"261119XY98ZT76"_s);
        QCOMPARE(page->messages.at(2).text, u"[image] https://cf.shopee.sg/file/abc"_s);
        QCOMPARE(page->nextOffset, u"3"_s);
        QVERIFY(page->more);

        ShopeeConversation conv;
        conv.conversationId = u"1801234567890123456"_s;
        conv.toId = 123456789;
        conv.toName = u"kevin_lim"_s;
        const InboundMessage buyer = ShopeeParser::toInbound(page->messages.at(1), conv, 123456, 3);
        QCOMPARE(buyer.direction, u"inbound"_s);
        QCOMPARE(buyer.customerExternalId, u"123456789"_s);
        QCOMPARE(buyer.customerName, u"kevin_lim"_s);
        QCOMPARE(buyer.sentAt, 1763720000000LL); // seconds → ms
        QCOMPARE(buyer.orderExternalId, u"261119XY98ZT76"_s);
        const InboundMessage shop = ShopeeParser::toInbound(page->messages.at(0), conv, 123456, 3);
        QCOMPARE(shop.direction, u"outbound"_s);
        QCOMPARE(shop.customerExternalId, u"123456789"_s);
    }

    void sent()
    {
        const Result<QString> id = ShopeeParser::sentMessageId(fixture(u"send_response.json"_s));
        QVERIFY(id.ok());
        QCOMPARE(id.value(), u"2414019124426817905"_s);
    }

    void orders()
    {
        const Result<ShopeeOrderListPage> list = ShopeeParser::orderList(fixture(u"order_list.json"_s));
        QVERIFY(list.ok());
        QCOMPARE(list->orderSns, (QStringList{u"201214JAJXU6G7"_s, u"201214JASXYXY6"_s}));
        QCOMPARE(list->nextCursor, u"20"_s);
        const Result<QList<Order>> detail = ShopeeParser::orderDetail(fixture(u"order_detail.json"_s));
        QVERIFY(detail.ok());
        QCOMPARE(detail->size(), 2);
        const Order &o = detail->first();
        QCOMPARE(o.status, u"shipped"_s);
        QCOMPARE(o.totalCents, 3250);
        QCOMPARE(o.items.first().sku, u"STAND-AL"_s); // item_sku when model_sku is empty
        QCOMPARE(o.items.first().quantity, 2);
        QCOMPARE(o.shipToPostcode, u"018956"_s);
        QCOMPARE(detail->at(1).totalCents, 150000); // IDR has no minor unit
        QCOMPARE(detail->at(1).status, u"pending"_s);
    }

    void token()
    {
        const Result<ShopeeToken> t = ShopeeParser::token(fixture(u"token.json"_s));
        QVERIFY(t.ok());
        QCOMPARE(t->refreshToken, u"5a5d6e4f6c4d6b6d"_s);
        QCOMPARE(t->expireInSec, 14400);
    }

    void envelopeFailure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("token error (Shopee's spelling)") << u"error_auth.json"_s << int(ChannelFailure::Kind::Auth);
        QTest::newRow("rate limit") << u"error_rate.json"_s << int(ChannelFailure::Kind::RateLimited);
        QTest::newRow("bad parameter") << u"error_param.json"_s << int(ChannelFailure::Kind::Permanent);
    }
    void envelopeFailure()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        const std::optional<ChannelFailure> f = ShopeeParser::envelopeFailure(fixture(file));
        QVERIFY(f.has_value());
        QCOMPARE(int(f->kind), kind);
        QVERIFY(!f->message.isEmpty());
        QVERIFY(!ShopeeParser::envelopeFailure(fixture(u"messages.json"_s)).has_value());
        // An error envelope is never parsed as data.
        QVERIFY(!ShopeeParser::messages(fixture(file)).ok());
    }

    void rejects()
    {
        const Result<ShopeeMessagePage> cut = ShopeeParser::messages(fixture(u"truncated.json"_s));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().code, Error::Code::Parse);
        QVERIFY(cut.error().detail.contains(u"malformed JSON"_s));
        QVERIFY(!ShopeeParser::conversationList("{\"error\":\"\",\"response\":{}}").ok());
        QVERIFY(!ShopeeParser::sentMessageId("{\"error\":\"\",\"response\":{}}").ok());
        QVERIFY(!ShopeeParser::orderDetail("[]").ok());
    }

    void status_data()
    {
        QTest::addColumn<QString>("shopee");
        QTest::addColumn<QString>("ours");
        QTest::newRow("unpaid") << u"UNPAID"_s << u"pending"_s;
        QTest::newRow("ready") << u"READY_TO_SHIP"_s << u"paid"_s;
        QTest::newRow("shipped") << u"SHIPPED"_s << u"shipped"_s;
        QTest::newRow("completed") << u"COMPLETED"_s << u"delivered"_s;
        QTest::newRow("cancelled") << u"CANCELLED"_s << u"cancelled"_s;
        QTest::newRow("return") << u"TO_RETURN"_s << u"returned"_s;
    }
    void status()
    {
        QFETCH(QString, shopee);
        QFETCH(QString, ours);
        QCOMPARE(ShopeeParser::orderStatus(shopee), ours);
    }
};

QTEST_GUILESS_MAIN(TestShopeeParser)
#include "TestShopeeParser.moc"
