#include "core/language/TextCleaner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void longInputIsCut();
};

void TestTextCleaner::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Amazon order number") << u"Pedido 113-4567890-1234567 no llegó"_s << u"Pedido no llegó"_s;
    QTest::newRow("Shopee order SN") << u"订单240712K7PXQ2RM还没发货"_s << u"订单 还没发货"_s;
    QTest::newRow("Shopify number") << u"Order #1234 please"_s << u"Order please"_s;
    QTest::newRow("URL") << u"see https://example.com/a?b=1 thanks"_s << u"see thanks"_s;
    QTest::newRow("www URL") << u"look at www.example.com now"_s << u"look at now"_s;
    QTest::newRow("e-mail and handle") << u"write to a.b@example.com or @shop"_s << u"write to or"_s;
    QTest::newRow("emoji") << u"Merci 👍🏽 beaucoup ❤️"_s << u"Merci beaucoup"_s;
    QTest::newRow("amount and currency") << u"J'ai payé 49,99 € hier"_s << u"J'ai payé hier"_s;
    QTest::newRow("fullwidth digits") << u"注文番号１２３４５です"_s << u"注文番号 です"_s;
    QTest::newRow("letters and punctuation kept") << u"¿Dónde está?"_s << u"¿Dónde está?"_s;
    QTest::newRow("only noise") << u"113-4567890-1234567 😡"_s << QString();
    QTest::newRow("lone surrogate dropped")
        << QString(QList<QChar>{QChar(u'a'), QChar(0xD800)}.constData(), 2) << u"a"_s;
}

void TestTextCleaner::clean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(hd::TextCleaner::clean(input), expected);
}

void TestTextCleaner::longInputIsCut()
{
    const QString text(hd::TextCleaner::MaxInputLength * 4, u'a');
    QCOMPARE(hd::TextCleaner::clean(text).size(), hd::TextCleaner::MaxInputLength);
    // A surrogate pair straddling the cut is not split.
    QString emoji = QString(hd::TextCleaner::MaxInputLength - 1, u'b') + u"😀"_s;
    QCOMPARE(hd::TextCleaner::clean(emoji).size(), hd::TextCleaner::MaxInputLength - 1);
}

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "TestTextCleaner.moc"
