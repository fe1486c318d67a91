// EbayParser on recorded eBay payloads (reference/channels.md §1.2, §1.4, §1.5).
#include "core/channels/ebay/EbayParser.h"

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

class TestEbayParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversations()
    {
        const Result<EbayConversationsPage> page = EbayParser::conversations(fixture(u"conversations.json"_s));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->conversations.size(), 1);
        const EbayConversation &c = page->conversations.first();
        QCOMPARE(c.conversationId, u"1234567890123"_s);
        QCOMPARE(c.referenceId, u"123456789012"_s);
        QCOMPARE(c.unreadCount, 1);
        QCOMPARE(c.latest.sender, u"buyer_de_01"_s);
        QCOMPARE(c.latest.createdAt, 1777630500000LL); // 2026-05-01T10:15:00Z
        QVERIFY(!page->paging.hasNext);                // "next": null
        QCOMPARE(page->paging.total, 1);
    }

    void conversationsPaging()
    {
        const Result<EbayConversationsPage> page = EbayParser::conversations(fixture(u"conversations_next.json"_s));
        QVERIFY(page.ok());
        QVERIFY(page->paging.hasNext);
        QCOMPARE(page->paging.limit, 2);
        QCOMPARE(page->paging.total, 3);
        QCOMPARE(page->conversations.at(1).conversationId, u"222"_s); // a number read as its digits
    }

    void messages()
    {
        const Result<EbayMessagesPage> page = EbayParser::messages(fixture(u"messages.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(page->messages.at(1).body, u"Ja, Versand nach Deutschland ist möglich."_s);
        QCOMPARE(page->title, u"Shipping to Germany?"_s);

        const InboundMessage in =
            EbayParser::toInbound(page->messages.at(0), u"1234567890123"_s, page->title, u"my_shop"_s, 7);
        QCOMPARE(in.direction, u"inbound"_s);
        QCOMPARE(in.customerExternalId, u"buyer_de_01"_s);
        QCOMPARE(in.conversationExternalId, u"1234567890123"_s);
        QCOMPARE(in.channelId, 7);
        const InboundMessage out =
            EbayParser::toInbound(page->messages.at(1), u"1234567890123"_s, page->title, u"MY_SHOP"_s, 7);
        QCOMPARE(out.direction, u"outbound"_s); // user names compare without case
        QCOMPARE(out.customerExternalId, u"buyer_de_01"_s);
    }

    void sentMessageAcceptsUserNameSpelling()
    {
        const Result<EbayMessage> m = EbayParser::sentMessage(fixture(u"send_response.json"_s));
        QVERIFY(m.ok());
        QCOMPARE(m->messageId, u"998877669999"_s);
        QCOMPARE(m->sender, u"my_shop"_s);
        QCOMPARE(m->recipient, u"buyer_de_01"_s);
    }

    void orders()
    {
        const Result<EbayOrdersPage> page = EbayParser::orders(fixture(u"orders.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->orders.size(), 1);
        const Order &o = page->orders.first();
        QCOMPARE(o.externalId, u"15-14836-23086"_s);
        QCOMPARE(o.status, u"paid"_s);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.totalCents, 2499);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items.first().unitPriceCents, 1999);
        QCOMPARE(o.shipToCountry, u"DE"_s);
        QCOMPARE(o.shipToPostcode, u"10115"_s);
        QCOMPARE(page->newestModifiedAt, 1777621042803LL);
    }

    void token()
    {
        const Result<EbayToken> t = EbayParser::token(fixture(u"token.json"_s));
        QVERIFY(t.ok());
        QCOMPARE(t->expiresInSec, 7200);
        QVERIFY(t->refreshToken.isEmpty());
    }

    void errorSummary()
    {
        QCOMPARE(EbayParser::errorSummary(fixture(u"error.json"_s)), u"Order not found. (errorId 15008)"_s);
        QCOMPARE(EbayParser::errorSummary("{}"), QString());
    }

    void money_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<bool>("ok");
        QTest::newRow("two decimals") << u"24.99"_s << u"EUR"_s << qint64(2499) << true;
        QTest::newRow("one decimal") << u"24.9"_s << u"USD"_s << qint64(2490) << true;
        QTest::newRow("whole") << u"24"_s << u"GBP"_s << qint64(2400) << true;
        QTest::newRow("yen has no minor unit") << u"1500"_s << u"JPY"_s << qint64(1500) << true;
        QTest::newRow("negative refund") << u"-5.00"_s << u"EUR"_s << qint64(-500) << true;
        QTest::newRow("garbage") << u"abc"_s << u"EUR"_s << qint64(0) << false;
        QTest::newRow("empty") << QString() << u"EUR"_s << qint64(0) << false;
    }
    void money()
    {
        QFETCH(QString, value);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(bool, ok);
        bool good = !ok;
        QCOMPARE(EbayParser::moneyToMinor(value, currency, &good), minor);
        QCOMPARE(good, ok);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("truncated body") << u"truncated.json"_s << u"malformed JSON"_s;
        QTest::newRow("message without id") << u"message_without_id.json"_s << u"without messageId"_s;
    }
    void rejects()
    {
        QFETCH(QString, file);
        QFETCH(QString, detailPart);
        const Result<EbayMessagesPage> page = EbayParser::messages(fixture(file));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, Error::Code::Parse);
        QVERIFY2(page.error().detail.contains(detailPart), qPrintable(page.error().detail));
        QVERIFY(!page.error().message.isEmpty());
    }

    void notJson()
    {
        QVERIFY(!EbayParser::conversations("<html>502 Bad Gateway</html>").ok());
        QVERIFY(!EbayParser::orders("[1,2]").ok());
        QVERIFY(!EbayParser::token("{}").ok());
        QVERIFY(!EbayParser::messages("{\"messages\": 5}").ok());
    }
};

QTEST_GUILESS_MAIN(TestEbayParser)
#include "TestEbayParser.moc"
