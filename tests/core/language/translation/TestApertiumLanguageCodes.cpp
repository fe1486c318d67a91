#include "core/language/translation/ApertiumLanguageCodes.h"

#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestApertiumLanguageCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void candidates_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("English") << u"en"_s << QStringList{u"eng"_s};
        QTest::newRow("US English prefers the variant") << u"en-US"_s << QStringList{u"eng_US"_s, u"eng"_s};
        QTest::newRow("underscore and case") << u"PT_br"_s << QStringList{u"por_BR"_s, u"por"_s};
        QTest::newRow("Spanish") << u"es"_s << QStringList{u"spa"_s};
        QTest::newRow("Croatian is a Serbo-Croatian variant")
            << u"hr"_s << QStringList{u"hbs_HR"_s, u"hbs"_s, u"hrv"_s};
        QTest::newRow("Norwegian means Bokmal") << u"no"_s << QStringList{u"nob"_s};
        QTest::newRow("3-letter code passes through") << u"ast"_s << QStringList{u"ast"_s};
        QTest::newRow("unknown") << u"xx"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void candidates()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, codes);
        QCOMPARE(ApertiumLanguageCodes::candidates(lang), codes);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("apertium");
        QTest::addColumn<QString>("iso");
        QTest::newRow("eng") << u"eng"_s << u"en"_s;
        QTest::newRow("spa") << u"spa"_s << u"es"_s;
        QTest::newRow("eng_US") << u"eng_US"_s << u"en-US"_s;
        QTest::newRow("hbs_SR") << u"hbs_SR"_s << u"sr"_s;
        QTest::newRow("unknown passes through") << u"qqq"_s << u"qqq"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, apertium);
        QFETCH(QString, iso);
        QCOMPARE(ApertiumLanguageCodes::fromApertium(apertium), iso);
    }

    void defaultCode()
    {
        QCOMPARE(ApertiumLanguageCodes::toApertium(u"en-GB"_s), u"eng"_s);
        QCOMPARE(ApertiumLanguageCodes::toApertium(u"hr"_s), u"hbs"_s);
        QCOMPARE(ApertiumLanguageCodes::toApertium(u"xx"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestApertiumLanguageCodes)
#include "TestApertiumLanguageCodes.moc"
