#include "core/language/Cld2Detector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCld2Detector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normaliseCode_data();
    void normaliseCode();
    void detectsLongText_data();
    void detectsLongText();
    void emptyIsUnknown();
};

void TestCld2Detector::normaliseCode_data()
{
    QTest::addColumn<QByteArray>("cld2");
    QTest::addColumn<QString>("code");
    QTest::newRow("Traditional Chinese") << QByteArray("zh-Hant") << u"zh"_s;
    QTest::newRow("Simplified Chinese") << QByteArray("zh") << u"zh"_s;
    QTest::newRow("old Hebrew code") << QByteArray("iw") << u"he"_s;
    QTest::newRow("Bokmål") << QByteArray("nb") << u"no"_s;
    QTest::newRow("unknown") << QByteArray("un") << QString();
    QTest::newRow("extended script pseudo-language") << QByteArray("xx-Copt") << QString();
    QTest::newRow("plain code") << QByteArray("de") << u"de"_s;
}

void TestCld2Detector::normaliseCode()
{
    QFETCH(QByteArray, cld2);
    QFETCH(QString, code);
    QCOMPARE(hd::Cld2Detector::normaliseCode(cld2.constData()), code);
}

void TestCld2Detector::detectsLongText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("German")
        << u"Ich habe meine Bestellung vor zwei Wochen aufgegeben und sie ist immer noch nicht angekommen."_s
        << u"de"_s;
    QTest::newRow("Traditional Chinese") << u"我的包裹已經兩個星期了還沒有收到，請幫我查一下物流資訊，謝謝。"_s
                                         << u"zh"_s;
    QTest::newRow("Swahili")
        << u"Habari, nimeagiza bidhaa wiki mbili zilizopita lakini bado sijapokea kifurushi changu."_s << u"sw"_s;
}

void TestCld2Detector::detectsLongText()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const auto g = hd::Cld2Detector::detect(text, true);
    QCOMPARE(g.language, language);
    QVERIFY(g.percent > 50);
    QVERIFY(g.textBytes > 0);
}

void TestCld2Detector::emptyIsUnknown()
{
    const auto g = hd::Cld2Detector::detect(QString(), false);
    QVERIFY(g.language.isEmpty());
    QVERIFY(!g.reliable);
}

QTEST_GUILESS_MAIN(TestCld2Detector)
#include "TestCld2Detector.moc"
