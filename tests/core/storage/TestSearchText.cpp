#include "core/storage/SearchText.h"
#include "core/storage/SqlDialect.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestSearchText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and accents") << u"Rückerstattung ÉTÉ"_s << u"ruckerstattung ete"_s;
        QTest::newRow("amazon order number splits on dashes") << u"Order 302-4837261-9918273!"_s
                                                              << u"order 302 4837261 9918273"_s;
        QTest::newRow("chinese characters become tokens") << u"我要退款"_s << u"我 要 退 款"_s;
        QTest::newRow("japanese kana and kanji") << u"返品したい"_s << u"返 品 し た い"_s;
        QTest::newRow("mixed latin and han") << u"SKU LL-01的退款"_s << u"sku ll 01 的 退 款"_s;
        QTest::newRow("emoji and punctuation dropped") << u"where is it?? 😤😤"_s << u"where is it"_s;
        QTest::newRow("full-width digits folded") << u"注文１２３"_s << u"注 文 123"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::normalize(input), expected);
    }
    void queryPhrases()
    {
        const auto phrases = SearchText::queryPhrases(u"退款  302-4837261 Müller"_s);
        QCOMPARE(phrases.size(), 3);
        QCOMPARE(phrases[0], (QStringList{u"退"_s, u"款"_s}));
        QCOMPARE(phrases[1], (QStringList{u"302"_s, u"4837261"_s}));
        QCOMPARE(phrases[2], (QStringList{u"muller"_s}));
        QVERIFY(SearchText::queryPhrases(u"  ?? !! "_s).isEmpty());
    }
    void dialectQueries()
    {
        const QList<QStringList> phrases{{u"refund"_s}, {u"退"_s, u"款"_s}};
        QCOMPARE(SqlDialect(SqlDialect::Kind::Sqlite).ftsQuery(phrases), u"\"refund\"* \"退 款\""_s);
        QCOMPARE(SqlDialect(SqlDialect::Kind::Postgres).ftsQuery(phrases), u"'refund':* & ('退' <-> '款')"_s);
        // Quotes in user input cannot break out of the FTS syntax.
        QCOMPARE(SqlDialect(SqlDialect::Kind::Sqlite).ftsQuery({{u"a\"b"_s}}), u"\"a\"\"b\"*"_s);
        QCOMPARE(SqlDialect(SqlDialect::Kind::Postgres).ftsQuery({{u"o'neil"_s}}), u"'oneil':*"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "TestSearchText.moc"
