#include "core/workflow/classification/TextNormalizer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hd::NormalizedText;
using hd::TextNormalizer;

class TestTextNormalizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void units_data();
    void units();
    void clauseStartsStopAtPunctuation();
    void typographySignals_data();
    void typographySignals();
    void longInputIsTruncatedOnACodePoint();
};

void TestTextNormalizer::units_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("units");

    QTest::newRow("accents and case") << u"Rückerstattung BITTE, ça coûte"_s << QStringList{u"ruckerstattung"_s, u"bitte"_s, u"ca"_s, u"coute"_s};
    QTest::newRow("letters without combining marks") << u"Zapłaciłam, Straße, Øre"_s << QStringList{u"zaplacilam"_s, u"strasse"_s, u"ore"_s};
    QTest::newRow("full-width latin") << u"ＲＥＦＵＮＤ"_s << QStringList{u"refund"_s};
    QTest::newRow("english contraction") << u"I don't want it"_s << QStringList{u"i"_s, u"do"_s, u"not"_s, u"want"_s, u"it"_s};
    QTest::newRow("curly apostrophe contraction") << u"doesn’t work"_s << QStringList{u"does"_s, u"not"_s, u"work"_s};
    QTest::newRow("french elision") << u"l'article n'est pas"_s << QStringList{u"l"_s, u"article"_s, u"n"_s, u"est"_s, u"pas"_s};
    QTest::newRow("japanese keeps voicing") << u"ガラスが割れ"_s << QStringList{u"ガ"_s, u"ラ"_s, u"ス"_s, u"が"_s, u"割"_s, u"れ"_s};
    QTest::newRow("half-width katakana") << u"ｷｬﾝｾﾙ"_s << QStringList{u"キ"_s, u"ャ"_s, u"ン"_s, u"セ"_s, u"ル"_s};
    QTest::newRow("chinese mixed with latin") << u"我要paypal退款"_s << QStringList{u"我"_s, u"要"_s, u"paypal"_s, u"退"_s, u"款"_s};
    QTest::newRow("emoji are units, selectors and skin tones dropped") << u"ok👍🏽❤️"_s << QStringList{u"ok"_s, u"👍"_s, u"❤"_s};
    QTest::newRow("hyphen splits") << u"A-to-Z e-mail"_s << QStringList{u"a"_s, u"to"_s, u"z"_s, u"e"_s, u"mail"_s};
}

void TestTextNormalizer::units()
{
    QFETCH(QString, text);
    QFETCH(QStringList, units);
    const NormalizedText n = TextNormalizer::normalize(text);
    QCOMPARE(n.units, units);
    QCOMPARE(n.flags.size(), n.units.size());
}

void TestTextNormalizer::clauseStartsStopAtPunctuation()
{
    const NormalizedText n = TextNormalizer::normalize(u"No. Happy, really。好"_s);
    QCOMPARE(n.units, (QStringList{u"no"_s, u"happy"_s, u"really"_s, u"好"_s}));
    for (int i = 0; i < n.units.size(); ++i)
        QVERIFY(n.flags.at(i) & NormalizedText::ClauseStart);
    const NormalizedText order = TextNormalizer::normalize(u"order 114-3941689"_s);
    QVERIFY(order.flags.at(1) & NormalizedText::Number);
    QVERIFY(!(order.flags.at(1) & NormalizedText::ClauseStart));
    QVERIFY(TextNormalizer::normalize(u"你好"_s).isCjk(0));
}

void TestTextNormalizer::typographySignals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exclamationRun");
    QTest::addColumn<int>("questionRun");
    QTest::addColumn<int>("capsRun");

    QTest::newRow("calm") << u"Where is it? Thanks."_s << 0 << 1 << 0;
    QTest::newRow("exclamations") << u"Now!!! please!"_s << 3 << 0 << 0;
    QTest::newRow("interrobang") << u"What?!?"_s << 1 << 2 << 0;
    QTest::newRow("full-width") << u"まだ？？"_s << 0 << 2 << 0;
    QTest::newRow("shouting") << u"CANCEL MY ORDER now"_s << 0 << 0 << 3;
    QTest::newRow("acronym is not shouting") << u"Sent by DHL to the UK"_s << 0 << 0 << 1;
}

void TestTextNormalizer::typographySignals()
{
    QFETCH(QString, text);
    QFETCH(int, exclamationRun);
    QFETCH(int, questionRun);
    QFETCH(int, capsRun);
    const NormalizedText n = TextNormalizer::normalize(text);
    QCOMPARE(n.maxExclamationRun, exclamationRun);
    QCOMPARE(n.maxQuestionRun, questionRun);
    QCOMPARE(n.maxCapsRun, capsRun);
}

void TestTextNormalizer::longInputIsTruncatedOnACodePoint()
{
    QString text(TextNormalizer::MaxChars - 1, u'a');
    text += u"😡😡"_s; // the cut falls inside the first surrogate pair
    const NormalizedText n = TextNormalizer::normalize(text);
    QVERIFY(n.truncated);
    QCOMPARE(n.units.size(), 1); // the word, and no half emoji
    QCOMPARE(n.units.constFirst().size(), 64); // words are capped: the prefix is enough
    QVERIFY(!TextNormalizer::normalize(u"short"_s).truncated);
}

QTEST_APPLESS_MAIN(TestTextNormalizer)
#include "TestTextNormalizer.moc"
