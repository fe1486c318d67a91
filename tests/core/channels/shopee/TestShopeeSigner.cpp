// ShopeeSigner: the base strings of reference/channels.md §3.1 and HMAC-SHA256 signatures computed
// independently (Python hmac/hashlib) for the same inputs.
#include "core/channels/shopee/ShopeeSigner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hd;

class TestShopeeSigner final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseString_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("shopId");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("public API (reference example)") << u"/api/v2/shop/auth_partner"_s << QString() << qint64(0)
                                                        << QByteArray("2011285/api/v2/shop/auth_partner1659992253");
        QTest::newRow("shop API adds token and shop id")
            << u"/api/v2/sellerchat/get_message"_s << u"abc123token"_s << qint64(123456)
            << QByteArray("2011285/api/v2/sellerchat/get_message1659992253abc123token123456");
    }
    void baseString()
    {
        QFETCH(QString, path);
        QFETCH(QString, token);
        QFETCH(qint64, shopId);
        QFETCH(QByteArray, expected);
        QCOMPARE(ShopeeSigner::baseString(2011285, path, 1659992253, token, shopId), expected);
    }

    void sign_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("public") << QByteArray("2011285/api/v2/shop/auth_partner1659992253")
                                << u"258b9041088e35608dc4a8231897ea813d030e930368a643f46d368707d84496"_s;
        QTest::newRow("shop") << QByteArray("2011285/api/v2/sellerchat/get_message1659992253abc123token123456")
                              << u"7094371fb1167206af67b62d37141dded2027c764cc96def75d9a75b1ed9ba7c"_s;
    }
    void sign()
    {
        QFETCH(QByteArray, base);
        QFETCH(QString, expected);
        QCOMPARE(ShopeeSigner::sign(u"test-partner-key"_s, base), expected);
    }

    void commonQuery()
    {
        const QUrlQuery q = ShopeeSigner::commonQuery(u"test-partner-key"_s,
                                                      2011285,
                                                      u"/api/v2/sellerchat/get_message"_s,
                                                      1659992253,
                                                      u"abc123token"_s,
                                                      123456);
        QCOMPARE(q.queryItemValue(u"partner_id"_s), u"2011285"_s);
        QCOMPARE(q.queryItemValue(u"timestamp"_s), u"1659992253"_s);
        QCOMPARE(q.queryItemValue(u"access_token"_s), u"abc123token"_s);
        QCOMPARE(q.queryItemValue(u"shop_id"_s), u"123456"_s);
        QCOMPARE(q.queryItemValue(u"sign"_s), u"7094371fb1167206af67b62d37141dded2027c764cc96def75d9a75b1ed9ba7c"_s);
        const QUrlQuery pub =
            ShopeeSigner::commonQuery(u"test-partner-key"_s, 2011285, u"/api/v2/shop/auth_partner"_s, 1659992253);
        QVERIFY(!pub.hasQueryItem(u"access_token"_s));
        QVERIFY(!pub.hasQueryItem(u"shop_id"_s));
    }
};

QTEST_GUILESS_MAIN(TestShopeeSigner)
#include "TestShopeeSigner.moc"
