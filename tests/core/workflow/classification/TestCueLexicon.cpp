#include "core/workflow/classification/CueLexicon.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hd::CueLexicon;
using hd::TextNormalizer;

namespace {

QStringList matchedCues(const CueLexicon &lex, const QString &text, bool allowTypos = true)
{
    QStringList out;
    for (const CueLexicon::Match &m : lex.match(TextNormalizer::normalize(text), allowTypos))
        out.append(lex.cue(m.cue).text + (m.fuzzy ? u"~"_s : QString()));
    return out;
}

CueLexicon lexicon()
{
    auto parsed = CueLexicon::parse(
        "# comment\n"
        "refund\ten\t3\tmoney back\n"
        "refund\tde\t2.5\terstatt*\n"
        "payment\tde\t2.5\tauf Rechnung\n"
        "invoice\tde\t3\tRechnung\n"
        "cancellation\ten\t2.5\tcancel ~ order\n"
        "praise\tzh\t2\t不错\n"
        "negator\tzh\t1\t不\n"
        "refund\tja\t3\t返金\n"
        "damaged\ten\t2.5\tdefective\n"
        "praise\t*\t2\t👍\n");
    return parsed.ok() ? parsed.value() : CueLexicon();
}

} // namespace

class TestCueLexicon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void typosOnlyWhenAllowed();
    void parseErrors_data();
    void parseErrors();
    void withinOneEdit_data();
    void withinOneEdit();
};

void TestCueLexicon::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("cues");

    QTest::newRow("phrase, any case") << u"I want my MONEY BACK"_s << QStringList{u"money back"_s};
    QTest::newRow("prefix with accents") << u"Wo bleibt die Rückerstattung? Bitte erstatten!"_s << QStringList{u"erstatt*"_s};
    QTest::newRow("prefix needs the word start") << u"Rückerstattung"_s << QStringList{};
    QTest::newRow("longer cue hides the shorter") << u"Kann ich auf Rechnung zahlen?"_s << QStringList{u"auf Rechnung"_s};
    QTest::newRow("shorter cue alone") << u"Bitte die Rechnung schicken"_s << QStringList{u"Rechnung"_s};
    QTest::newRow("gap") << u"please cancel my whole order"_s << QStringList{u"cancel ~ order"_s};
    QTest::newRow("gap too long") << u"cancel it, I said, the whole damn order"_s << QStringList{};
    QTest::newRow("cjk substring") << u"我想申请返金吗"_s << QStringList{u"返金"_s};
    QTest::newRow("cjk cue hides its negator") << u"质量不错"_s << QStringList{u"不错"_s};
    QTest::newRow("cjk negator alone") << u"不好"_s << QStringList{u"不"_s};
    QTest::newRow("emoji") << u"great 👍🏼"_s << QStringList{u"👍"_s};
    QTest::newRow("each occurrence") << u"money back, money back"_s << QStringList{u"money back"_s, u"money back"_s};
}

void TestCueLexicon::matches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, cues);
    const CueLexicon lex = lexicon();
    QCOMPARE(lex.size(), 10);
    QCOMPARE(matchedCues(lex, text), cues);
}

void TestCueLexicon::typosOnlyWhenAllowed()
{
    const CueLexicon lex = lexicon();
    QCOMPARE(matchedCues(lex, u"it is defectve"_s), QStringList{u"defective~"_s});
    QCOMPARE(matchedCues(lex, u"it is defectve"_s, false), QStringList{});
    QCOMPARE(matchedCues(lex, u"Erstatung bitte"_s), QStringList{u"erstatt*~"_s});
    QCOMPARE(matchedCues(lex, u"moeny back"_s), QStringList{}); // short words need an exact match
}

void TestCueLexicon::parseErrors_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::newRow("three fields") << QByteArray("refund\ten\tmoney back\n");
    QTest::newRow("weight not a number") << QByteArray("refund\ten\theavy\tmoney back\n");
    QTest::newRow("gap first") << QByteArray("refund\ten\t1\t~ back\n");
    QTest::newRow("gap last") << QByteArray("refund\ten\t1\tmoney ~\n");
    QTest::newRow("empty cue") << QByteArray("refund\ten\t1\t?!\n");
}

void TestCueLexicon::parseErrors()
{
    QFETCH(QByteArray, tsv);
    const auto parsed = CueLexicon::parse("ok\ten\t1\tfine\n" + tsv);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(u"line 2"_s), qPrintable(parsed.error().message));
}

void TestCueLexicon::withinOneEdit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("close");
    QTest::newRow("same") << u"refund"_s << u"refund"_s << true;
    QTest::newRow("substitution") << u"refund"_s << u"refond"_s << true;
    QTest::newRow("swap") << u"recieved"_s << u"received"_s << true;
    QTest::newRow("insertion") << u"reffund"_s << u"refund"_s << true;
    QTest::newRow("deletion") << u"refnd"_s << u"refund"_s << true;
    QTest::newRow("two edits") << u"rfnd"_s << u"refund"_s << false;
    QTest::newRow("two substitutions") << u"refand"_s << u"rufond"_s << false;
}

void TestCueLexicon::withinOneEdit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, close);
    QCOMPARE(CueLexicon::withinOneEdit(a, b), close);
    QCOMPARE(CueLexicon::withinOneEdit(b, a), close);
}

QTEST_APPLESS_MAIN(TestCueLexicon)
#include "TestCueLexicon.moc"
