#include "core/workflow/classification/ToneScorer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hd::CueLexicon;
using hd::ToneScorer;
using hd::TextNormalizer;

namespace {

CueLexicon lexicon()
{
    auto parsed = CueLexicon::parse("polarity\ten\t2\thappy\n"
                                    "polarity\ten\t-2\tbad\n"
                                    "polarity\tde\t-2\tschlecht\n"
                                    "polarity\t*\t-2\t😡\n"
                                    "polarity\tnl\t-2\truim\n"
                                    "negator\ten\t1\tnot\n"
                                    "negator\tde\t1\tnicht\n"
                                    "negator_after\tja\t1\tません\n"
                                    "polarity\tja\t2\t満足\n"
                                    "intensifier\ten\t1.5\tvery\n"
                                    "contrast\ten\t1\tbut\n");
    return parsed.ok() ? parsed.value() : CueLexicon();
}

} // namespace

class TestToneScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tone_data();
    void tone();
    void typography_data();
    void typography();
};

void TestToneScorer::tone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("expected");

    QTest::newRow("plain") << u"happy"_s << u"en"_s << 2.0;
    QTest::newRow("negated, softened") << u"not happy"_s << u"en"_s << -1.2;
    QTest::newRow("negated negative is mildly positive") << u"nicht schlecht"_s << u"de"_s << 1.2;
    QTest::newRow("negation within three words") << u"not really all that happy"_s << u"en"_s << -1.2;
    QTest::newRow("negation stops at a full stop") << u"Not. Happy"_s << u"en"_s << 2.0;
    QTest::newRow("negation after, japanese") << u"満足していません"_s << u"ja"_s << -1.2;
    QTest::newRow("intensifier") << u"very happy"_s << u"en"_s << 3.0;
    QTest::newRow("contrast weighs the later clause") << u"happy but bad"_s << u"en"_s << 2.0 * 0.7 - 2.0 * 1.3;
    QTest::newRow("emoji is never negated") << u"not 😡"_s << u"en"_s << -2.0;
    QTest::newRow("foreign cue counts less") << u"ruim"_s << u"en"_s << -0.5;
    QTest::newRow("language without cues counts fully") << u"ruim"_s << u"pt"_s << -2.0;
    QTest::newRow("same cue twice counts twice") << u"bad, bad"_s << u"en"_s << -4.0;
    QTest::newRow("nothing") << u"order 1234"_s << u"en"_s << 0.0;
}

void TestToneScorer::tone()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(double, expected);
    const CueLexicon lex = lexicon();
    const ToneScorer scorer(&lex);
    QList<hd::Evidence> evidence;
    const double t = scorer.tone(TextNormalizer::normalize(text), language, 0.25, &evidence);
    QVERIFY2(qAbs(t - expected) < 1e-9, qPrintable(QString::number(t)));
    QCOMPARE(evidence.isEmpty(), expected == 0.0);
}

void TestToneScorer::typography_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("toneSoFar");
    QTest::addColumn<double>("change");

    QTest::newRow("calm") << u"Where is it?"_s << 0.0 << 0.0;
    QTest::newRow("exclamations are anger") << u"Now!!"_s << 0.0 << -0.8;
    QTest::newRow("exclamations with a positive tone are joy") << u"Love it!!!"_s << 2.0 << 0.4;
    QTest::newRow("question marks are impatience") << u"Where??"_s << 0.0 << -1.0;
    QTest::newRow("shouting") << u"WHERE IS MY ORDER"_s << 0.0 << -1.0;
}

void TestToneScorer::typography()
{
    QFETCH(QString, text);
    QFETCH(double, toneSoFar);
    QFETCH(double, change);
    const double c = ToneScorer::typography(TextNormalizer::normalize(text), toneSoFar, nullptr);
    QVERIFY2(qAbs(c - change) < 1e-9, qPrintable(QString::number(c)));
}

QTEST_APPLESS_MAIN(TestToneScorer)
#include "TestToneScorer.moc"
