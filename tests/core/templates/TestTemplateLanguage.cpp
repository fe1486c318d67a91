#include "core/templates/TemplateIntents.h"
#include "core/templates/TemplateLanguage.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestTemplateLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"en"_s << u"en"_s;
        QTest::newRow("upper case") << u"DE"_s << u"de"_s;
        QTest::newRow("hyphen region") << u"pt-br"_s << u"pt_BR"_s;
        QTest::newRow("bare zh is Simplified") << u"zh"_s << u"zh_CN"_s;
        QTest::newRow("zh-Hans") << u"zh-Hans"_s << u"zh_CN"_s;
        QTest::newRow("zh_SG is Simplified") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("zh-Hant") << u"zh-Hant"_s << u"zh_TW"_s;
        QTest::newRow("zh_HK is Traditional") << u"zh_HK"_s << u"zh_TW"_s;
        QTest::newRow("zh-Hant-TW") << u"zh-Hant-TW"_s << u"zh_TW"_s;
        QTest::newRow("script without region dropped") << u"sr-Latn"_s << u"sr"_s;
        QTest::newRow("blank") << u"  "_s << QString();
    }

    void normalize()
    {
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        QCOMPARE(TemplateLanguage::normalize(tag), expected);
    }

    void matchQuality_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("offered");
        QTest::addColumn<int>("quality");
        QTest::newRow("exact") << u"de"_s << u"de"_s << 2;
        QTest::newRow("detector code vs regional variant") << u"zh"_s << u"zh_CN"_s << 2;
        QTest::newRow("same language other region") << u"de_AT"_s << u"de"_s << 1;
        QTest::newRow("Simplified vs Traditional") << u"zh_TW"_s << u"zh_CN"_s << 0;
        QTest::newRow("different language") << u"de"_s << u"en"_s << 0;
        QTest::newRow("empty") << QString() << u"en"_s << 0;
    }

    void matchQuality()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, offered);
        QFETCH(int, quality);
        QCOMPARE(TemplateLanguage::matchQuality(wanted, offered), quality);
    }

    void intents_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("canonical") << u"refund"_s << u"refund"_s;
        QTest::newRow("upper case and spaces") << u" Where Is My Order "_s << u"where_is_my_order"_s;
        QTest::newRow("presales alias") << u"presales_question"_s << u"pre_sales_question"_s;
        QTest::newRow("wismo alias") << u"wismo"_s << u"where_is_my_order"_s;
        QTest::newRow("unknown") << u"gossip"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void intents()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(TemplateIntents::normalize(label), expected);
        QCOMPARE(TemplateIntents::all().size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestTemplateLanguage)
#include "TestTemplateLanguage.moc"
