#include "core/templates/PlaceholderValues.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMarch3_2025 = 1'740'960'000'000; // 2025-03-03 00:00 UTC

Order sampleOrder()
{
    Order o;
    o.externalId = u"302-4837261-9918273"_s;
    o.status = u"shipped"_s;
    o.currency = u"EUR"_s;
    o.totalCents = 4998;
    o.items = {OrderItem{u"AUR-LED"_s, u"Aurora LED Desk Lamp"_s, 2, 2499}};
    o.carrier = u"DHL"_s;
    o.trackingNumber = u"JJD000390007791234567"_s;
    o.orderedAt = kMarch3_2025;
    return o;
}

} // namespace

class TestPlaceholderValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("first and last") << u"Anna Müller"_s << u"Anna"_s << u"Müller"_s;
        QTest::newRow("three parts") << u"Jean Luc Picard"_s << u"Jean"_s << u"Picard"_s;
        QTest::newRow("last, first") << u"Müller, Anna"_s << u"Anna"_s << u"Müller"_s;
        QTest::newRow("single name") << u"Anna"_s << u"Anna"_s << QString();
        QTest::newRow("all caps is tidied") << u"ANNA-LENA SCHMIDT"_s << u"Anna-Lena"_s << u"Schmidt"_s;
        QTest::newRow("mixed case left alone") << u"Sean McDonald"_s << u"Sean"_s << u"McDonald"_s;
        QTest::newRow("title in front gives no first name") << u"Mr. Smith"_s << QString() << u"Smith"_s;
        QTest::newRow("initial in front gives no first name") << u"J. Smith"_s << QString() << u"Smith"_s;
        QTest::newRow("last initial is not a last name") << u"Anna M."_s << u"Anna"_s << QString();
        QTest::newRow("user name is not a name") << u"jsmith_88"_s << QString() << QString();
        QTest::newRow("e-mail alias is not a name") << u"abc123@marketplace.amazon.de"_s << QString() << QString();
        QTest::newRow("Chinese name without space stays whole") << u"王小明"_s << u"王小明"_s << QString();
        QTest::newRow("Japanese name with space: family first") << u"山田 太郎"_s << u"太郎"_s << u"山田"_s;
        QTest::newRow("blank") << u"   "_s << QString() << QString();
    }

    void names()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QCOMPARE(PlaceholderValues::firstName(displayName), first);
        QCOMPARE(PlaceholderValues::lastName(displayName), last);
    }

    void money_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("EUR in German") << qint64(4998) << u"EUR"_s << u"de"_s << u"49,98\u00a0€"_s;
        QTest::newRow("EUR in English") << qint64(4998) << u"EUR"_s << u"en"_s << u"€49.98"_s;
        QTest::newRow("USD in US English") << qint64(123456) << u"USD"_s << u"en"_s << u"$1,234.56"_s;
        QTest::newRow("USD in French is marked US$") << qint64(1999) << u"USD"_s << u"fr"_s << u"19,99\u00a0US$"_s;
        QTest::newRow("JPY has no minor unit") << qint64(3980) << u"JPY"_s << u"ja"_s << u"￥3,980"_s;
        QTest::newRow("CNY in Chinese") << qint64(9900) << u"CNY"_s << u"zh_CN"_s << u"¥99.00"_s;
        QTest::newRow("GBP in English") << qint64(1250) << u"gbp"_s << u"en"_s << u"£12.50"_s;
        QTest::newRow("unknown currency shows its code") << qint64(1000) << u"XYZ"_s << u"en"_s << u"XYZ10.00"_s;
    }

    void money()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PlaceholderValues::formatMoney(minor, currency, language), expected);
    }

    void items_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English list (US serial comma)")
            << u"en"_s << u"2 × Aurora LED Desk Lamp, 1 × USB-C Cable, and 1 × SKU-9"_s;
        QTest::newRow("German list") << u"de"_s << u"2 × Aurora LED Desk Lamp, 1 × USB-C Cable und 1 × SKU-9"_s;
        QTest::newRow("Chinese puts the count after")
            << u"zh_CN"_s << u"Aurora LED Desk Lamp ×2、USB-C Cable ×1和SKU-9 ×1"_s;
    }

    void items()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QList<OrderItem> items{OrderItem{u"AUR"_s, u"Aurora LED Desk Lamp"_s, 2, 2499},
                                     OrderItem{u"USB"_s, u"USB-C  Cable"_s, 1, 599},
                                     OrderItem{u"SKU-9"_s, QString(), 0, 100}};
        QCOMPARE(PlaceholderValues::formatItems(items, language), expected);
    }

    void statusWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shipped in German") << u"shipped"_s << u"de"_s << u"versandt"_s;
        QTest::newRow("delivered in Japanese") << u"delivered"_s << u"ja"_s << u"配達済み"_s;
        QTest::newRow("refunded in Simplified Chinese") << u"refunded"_s << u"zh"_s << u"已退款"_s;
        QTest::newRow("shipped in Traditional Chinese") << u"shipped"_s << u"zh-TW"_s << u"已出貨"_s;
        QTest::newRow("US spelling canceled") << u"canceled"_s << u"es"_s << u"cancelado"_s;
        QTest::newRow("unknown language falls back to English") << u"paid"_s << u"ko"_s << u"paid"_s;
        QTest::newRow("unknown status kept") << u"on_hold"_s << u"fr"_s << u"on_hold"_s;
    }

    void statusWords()
    {
        QFETCH(QString, status);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PlaceholderValues::statusWord(status, language), expected);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << u"en"_s << u"March 3, 2025"_s;
        QTest::newRow("German") << u"de"_s << u"3. März 2025"_s;
        QTest::newRow("Japanese") << u"ja"_s << u"2025年3月3日"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s << u"2025年3月3日"_s;
    }

    void dates()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PlaceholderValues::formatDate(kMarch3_2025 + 3'600'000, language), expected);
        QCOMPARE(PlaceholderValues::formatDate(0, language), QString());
    }

    void fromSourcesFillsEveryKnownKey()
    {
        PlaceholderSources src;
        src.customer = Customer{1, u"Anna Müller"_s, u"anna@example.com"_s, {}, u"DE"_s, u"de"_s, {}, 0, 0};
        src.order = sampleOrder();
        Agent agent;
        agent.id = 7;
        agent.name = u"Lena Wu"_s;
        src.agent = agent;
        src.channel = Channel{3, ChannelKind::Amazon, u"Amazon DE"_s, u"DE"_s, {}, true, 0};
        Conversation c;
        c.subject = u"Wo ist meine Lampe?"_s;
        src.conversation = c;
        src.storeName = u"Lumen & Loom"_s;
        src.language = u"de"_s;

        const PlaceholderValues v = PlaceholderValues::fromSources(src);
        QCOMPARE(v.value(u"customer.first_name"_s), u"Anna"_s);
        QCOMPARE(v.value(u"customer.name"_s), u"Anna Müller"_s);
        QCOMPARE(v.value(u"order.id"_s), u"302-4837261-9918273"_s);
        QCOMPARE(v.value(u"order.items"_s), u"2 × Aurora LED Desk Lamp"_s);
        QCOMPARE(v.value(u"order.total"_s), u"49,98\u00a0€"_s);
        QCOMPARE(v.value(u"order.status"_s), u"versandt"_s);
        QCOMPARE(v.value(u"order.date"_s), u"3. März 2025"_s);
        QCOMPARE(v.value(u"agent.name"_s), u"Lena Wu"_s);
        QCOMPARE(v.value(u"agent.first_name"_s), u"Lena"_s);
        QCOMPARE(v.value(u"store.name"_s), u"Lumen & Loom"_s);
        QCOMPARE(v.value(u"channel.name"_s), u"Amazon"_s);
        QCOMPARE(v.value(u"conversation.subject"_s), u"Wo ist meine Lampe?"_s);
        // Not shipped yet / not delivered: known but missing, so the renderer flags them.
        QVERIFY(v.isKnown(u"order.delivered_date"_s));
        QVERIFY(!v.hasValue(u"order.delivered_date"_s));
        for (const QString &key : PlaceholderValues::knownKeys())
            QVERIFY2(v.isKnown(key), qPrintable(key));
    }

    void absentSourcesLeaveKeysMissing()
    {
        const PlaceholderValues v = PlaceholderValues::fromSources(PlaceholderSources{});
        for (const QString &key : PlaceholderValues::knownKeys()) {
            QVERIFY2(v.isKnown(key), qPrintable(key));
            QVERIFY2(!v.hasValue(key), qPrintable(key));
        }
        QVERIFY(!v.isKnown(u"order.nonsense"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderValues)
#include "TestPlaceholderValues.moc"
