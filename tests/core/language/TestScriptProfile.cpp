#include "core/language/ScriptProfile.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Script = hd::ScriptProfile::Script;
Q_DECLARE_METATYPE(hd::ScriptProfile::Script)

class TestScriptProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dominant_data();
    void dominant();
    void countsLettersOnly();
    void chineseOnlyCharacters_data();
    void chineseOnlyCharacters();
};

void TestScriptProfile::dominant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Script>("script");
    QTest::newRow("Latin") << u"hello there"_s << Script::Latin;
    QTest::newRow("Cyrillic") << u"привет"_s << Script::Cyrillic;
    QTest::newRow("kanji and kana is Japanese") << u"注文した商品"_s << Script::Kana;
    QTest::newRow("one kana among kanji") << u"日本語の本"_s << Script::Kana;
    QTest::newRow("katakana prolonged mark") << u"ケーキー"_s << Script::Kana;
    QTest::newRow("Han only") << u"我的订单"_s << Script::Han;
    QTest::newRow("Han outweighs a Latin product name") << u"我买的iPhone还没到"_s << Script::Han;
    QTest::newRow("kana outweighs a Latin brand") << u"Nike のサイズ"_s << Script::Kana;
    QTest::newRow("Hangul") << u"안녕하세요"_s << Script::Hangul;
    QTest::newRow("Arabic") << u"مرحبا"_s << Script::Arabic;
    QTest::newRow("Hebrew") << u"שלום"_s << Script::Hebrew;
    QTest::newRow("Greek") << u"Γεια σας"_s << Script::Greek;
    QTest::newRow("Thai") << u"สวัสดี"_s << Script::Thai;
    QTest::newRow("Han extension B (surrogate pair)") << u"𠀀𠀁"_s << Script::Han;
    QTest::newRow("no letters") << u"123 !!"_s << Script::Other;
}

void TestScriptProfile::dominant()
{
    QFETCH(QString, text);
    QFETCH(Script, script);
    QCOMPARE(hd::ScriptProfile::of(text).dominant(), script);
}

void TestScriptProfile::countsLettersOnly()
{
    const auto p = hd::ScriptProfile::of(u"Ab 12 ?! Жж 日本 😀"_s);
    QCOMPARE(p.letters(), 6);
    QCOMPARE(p.count(Script::Latin), 2);
    QCOMPARE(p.count(Script::Cyrillic), 2);
    QCOMPARE(p.count(Script::Han), 2);
}

void TestScriptProfile::chineseOnlyCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("simplified particle") << u"在吗"_s << true;
    QTest::newRow("traditional form") << u"這個"_s << true;
    QTest::newRow("Japanese kanji word") << u"確認"_s << false;
    QTest::newRow("shared kanji") << u"東京都"_s << false;
}

void TestScriptProfile::chineseOnlyCharacters()
{
    QFETCH(QString, text);
    QFETCH(bool, chinese);
    QCOMPARE(hd::ScriptProfile::of(text).chineseOnlyHan() > 0, chinese);
}

QTEST_GUILESS_MAIN(TestScriptProfile)
#include "TestScriptProfile.moc"
