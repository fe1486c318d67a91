#include "core/channels/OrderNumber.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestOrderNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("channel");      // the channel kind the message came on
        QTest::addColumn<QStringList>("expected"); // "platform|number", in order

        QTest::newRow("amazon 3-7-7 in a relay subject")
            << u"Inquiry from Amazon customer Josh (Order: 111-0944945-3989852)"_s << u"email"_s
            << QStringList{u"amazon|111-0944945-3989852"_s};
        QTest::newRow("amazon on its own channel, no order word")
            << u"hi, 902-1845936-5435065 never arrived"_s << u"amazon"_s
            << QStringList{u"amazon|902-1845936-5435065"_s};
        QTest::newRow("amazon too many digits is not an order")
            << u"ref 1111-0944945-3989852"_s << u"email"_s << QStringList{};
        QTest::newRow("ebay 2-5-5") << u"My eBay order 12-01234-56789 is late"_s << u"email"_s
                                    << QStringList{u"ebay|12-01234-56789"_s};
        QTest::newRow("ebay 2-5-5 does not match a phone with more groups")
            << u"call 12-01234-56789-1"_s << u"ebay"_s << QStringList{};
        QTest::newRow("shopee order SN") << u"Order SN 220714KQ3R8V2N please check"_s << u"shopee"_s
                                         << QStringList{u"shopee|220714KQ3R8V2N"_s};
        QTest::newRow("shopee SN needs a letter (all digits is not an SN)")
            << u"number 22071412345678"_s << u"shopee"_s << QStringList{};
        QTest::newRow("shopee SN needs a valid date") << u"order 221399KQ3R8V2N"_s << u"shopee"_s << QStringList{};
        QTest::newRow("tiktok 18 digits on TikTok")
            << u"where is 576461413038785752?"_s << u"tiktok"_s << QStringList{u"tiktok|576461413038785752"_s};
        QTest::newRow("tiktok 18 digits in e-mail needs an order word")
            << u"tracking 576461413038785752"_s << u"email"_s << QStringList{};
        QTest::newRow("tiktok 18 digits in e-mail with order word")
            << u"TikTok order 576461413038785752 damaged"_s << u"email"_s
            << QStringList{u"tiktok|576461413038785752"_s};
        QTest::newRow("walmart 13 digits with order word")
            << u"Order #2000123456789 missing item"_s << u"walmart"_s << QStringList{u"walmart|2000123456789"_s};
        QTest::newRow("walmart 13 digits without order word is a barcode")
            << u"EAN 4006381333931 on the box"_s << u"walmart"_s << QStringList{};
        QTest::newRow("etsy receipt with order word")
            << u"Etsy order no. 3012345678 — wrong colour"_s << u"etsy"_s << QStringList{u"etsy|3012345678"_s};
        QTest::newRow("etsy 10 digits is a phone without order word")
            << u"call me on 3012345678"_s << u"etsy"_s << QStringList{};
        QTest::newRow("shopify name on Shopify")
            << u"Hi, about #1001, can I change size?"_s << u"shopify"_s << QStringList{u"shopify|#1001"_s};
        QTest::newRow("shopify name in e-mail needs the order word")
            << u"See issue #1001 on GitHub"_s << u"email"_s << QStringList{};
        QTest::newRow("shopify name in e-mail with order word")
            << u"My order #1042 arrived broken"_s << u"email"_s << QStringList{u"shopify|#1042"_s};
        QTest::newRow("german order word")
            << u"Bestellnummer: 3012345678"_s << u"email"_s << QStringList{u"etsy|3012345678"_s};
        QTest::newRow("chinese order word")
            << u"订单号576461413038785752还没到"_s << u"email"_s << QStringList{u"tiktok|576461413038785752"_s};
        QTest::newRow("two orders, in order of appearance, duplicates once")
            << u"Orders 114-5652017-6650426 and 111-7366207-0755439; again 114-5652017-6650426"_s << u"email"_s
            << QStringList{u"amazon|114-5652017-6650426"_s, u"amazon|111-7366207-0755439"_s};
        QTest::newRow("on eBay only eBay formats")
            << u"Amazon 111-0944945-3989852 and 12-01234-56789"_s << u"ebay"_s << QStringList{u"ebay|12-01234-56789"_s};
        QTest::newRow("empty") << QString() << u"email"_s << QStringList{};
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, channel);
        QFETCH(QStringList, expected);
        bool ok = false;
        const ChannelKind kind = channelKindFromString(channel, &ok);
        QVERIFY(ok);
        QStringList got;
        for (const OrderNumberMatch &m : OrderNumber::find(text, OrderNumber::platformOf(kind)))
            got << channelKindToString(m.platform) + u'|' + m.number;
        QCOMPARE(got, expected);
    }

    void positionIsReported()
    {
        const QString text = u"Order: 111-0944945-3989852"_s;
        const auto found = OrderNumber::find(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().position, text.indexOf(u"111"_s));
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("amazon") << u"amazon"_s << u"111-0944945-3989852"_s << true;
        QTest::newRow("amazon with text") << u"amazon"_s << u"x 111-0944945-3989852"_s << false;
        QTest::newRow("ebay") << u"ebay"_s << u"12-01234-56789"_s << true;
        QTest::newRow("shopee") << u"shopee"_s << u"201214JASXYXY6"_s << true;
        QTest::newRow("shopify") << u"shopify"_s << u"#1001"_s << true;
        QTest::newRow("shopify without hash") << u"shopify"_s << u"1001"_s << false;
        QTest::newRow("walmart") << u"walmart"_s << u"2000123456789"_s << true;
        QTest::newRow("facebook has no orders") << u"facebook"_s << u"111-0944945-3989852"_s << false;
    }
    void isValid()
    {
        QFETCH(QString, platform);
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(OrderNumber::isValid(channelKindFromString(platform), number), valid);
    }
};

QTEST_GUILESS_MAIN(TestOrderNumber)
#include "TestOrderNumber.moc"
