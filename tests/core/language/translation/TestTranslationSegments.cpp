#include "core/language/translation/TranslationSegments.h"

#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestTranslationSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splitsLinesAndKeepsLayout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("one line") << u"Hello there"_s << QStringList{u"Hello there"_s};
        QTest::newRow("blank") << u"  \n \n"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("greeting, blank line, indented signature")
            << u"Hi Maria,\n\n  your lamp shipped.  \n\n  Best,\n  Lumen & Loom\n"_s
            << QStringList{u"Hi Maria,"_s, u"your lamp shipped."_s, u"Best,"_s, u"Lumen & Loom"_s};
        QTest::newRow("tabs and trailing newlines") << u"\tA\n\n\nB\n\n"_s << QStringList{u"A"_s, u"B"_s};
    }

    void splitsLinesAndKeepsLayout()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        const TranslationSegments s = TranslationSegments::split(text);
        QCOMPARE(s.texts(), items);
        QCOMPARE(s.join(s.texts()), text);
        QStringList upper;
        for (const QString &t : s.texts())
            upper << t.toUpper();
        QCOMPARE(s.join(upper), text.toUpper());
    }

    void mergesNeighboursOverTheLimit()
    {
        QStringList lines;
        for (int i = 0; i < 9; ++i)
            lines << u"line %1"_s.arg(i);
        const QString text = lines.join(u"\n\n"_s);
        const TranslationSegments s = TranslationSegments::split(text, 4);
        QVERIFY(s.texts().size() <= 4);
        QCOMPARE(s.texts().first(), u"line 0\n\nline 1\n\nline 2\n\nline 3"_s);
        QCOMPARE(s.join(s.texts()), text);
    }
};

QTEST_GUILESS_MAIN(TestTranslationSegments)
#include "TestTranslationSegments.moc"
