#include "core/language/NgramModel.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNgramModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featuresMatchGenerator_data();
    void featuresMatchGenerator();
    void builtinKnowsLanguages();
    void scoresRankLanguages_data();
    void scoresRankLanguages();
    void rejectsDamagedData_data();
    void rejectsDamagedData();
};

void TestNgramModel::featuresMatchGenerator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint32>>("hashes");
    // Printed by build_language_model.py's features() + fnv1a32(): the C++ side must hash the
    // same features, or the embedded tables mean nothing.
    QTest::newRow("plain word") << u"ok"_s
                                << QList<quint32>{0xea0c329eu,
                                                  0xee0c38eau,
                                                  0x62c53630u,
                                                  0x663437afu,
                                                  0x873d65feu,
                                                  0xd7749141u,
                                                  0x7333761du,
                                                  0x8d80dbb3u,
                                                  0xcfa1a0b6u};
    QTest::newRow("apostrophe and accents")
        << u"l'été"_s
        << QList<quint32>{0xe90c310bu, 0x220c8ac6u, 0x1e9de8c1u, 0xf10c3da3u, 0x1e9de8c1u, 0x65c53ae9u, 0x0a316844u,
                          0x59f458c2u, 0xe79554efu, 0xd70591abu, 0x13959a33u, 0x037b924au, 0x3c21a944u, 0x51a7a682u,
                          0xffb58817u, 0x08c41dd1u, 0x23955a26u, 0xd8fd5690u, 0xfc81318eu, 0xc1c56e95u, 0x7e75a6d7u};
    QTest::newRow("cedilla folded, curly apostrophe stripped")
        << u"Şcoală ’n"_s
        << QList<quint32>{0x36af57aau, 0xe60c2c52u, 0xea0c329eu, 0xe40c292cu, 0xe90c310bu, 0x74901130u,
                          0xef12e364u, 0xdf07316bu, 0x6229a407u, 0x7034476du, 0x3f24efc0u, 0x045a4bfau,
                          0x8ecadc30u, 0x61bb6405u, 0x1c52294cu, 0xed8dcc92u, 0xa34bc693u, 0x7916beddu,
                          0xb425682eu, 0x43ff12deu, 0xc256d1d7u, 0xf439b3dau, 0x0e4707c2u, 0x9bcea847u,
                          0x58e88e49u, 0xeb0c3431u, 0x63c537c3u, 0x1535f6c3u, 0xf276fa59u, 0x4174a4c6u};
}

void TestNgramModel::featuresMatchGenerator()
{
    QFETCH(QString, text);
    QFETCH(QList<quint32>, hashes);
    const std::vector<quint32> f = hd::NgramModel::features(text);
    QCOMPARE(QList<quint32>(f.begin(), f.end()), hashes);
}

void TestNgramModel::builtinKnowsLanguages()
{
    const hd::NgramModel &m = hd::NgramModel::builtin();
    QStringList codes;
    for (int i = 0; i < m.languageCount(); ++i)
        codes << m.code(i);
    for (const QString &c : {u"en"_s,
                             u"es"_s,
                             u"pt"_s,
                             u"fr"_s,
                             u"de"_s,
                             u"it"_s,
                             u"nl"_s,
                             u"pl"_s,
                             u"da"_s,
                             u"sv"_s,
                             u"no"_s,
                             u"cs"_s,
                             u"sk"_s,
                             u"ro"_s,
                             u"tr"_s,
                             u"ru"_s,
                             u"uk"_s})
        QVERIFY2(codes.contains(c), qPrintable(c));
    QCOMPARE(m.script(int(codes.indexOf(u"ru"_s))), hd::NgramModel::Script::Cyrillic);
    QCOMPARE(m.script(int(codes.indexOf(u"pl"_s))), hd::NgramModel::Script::Latin);
}

void TestNgramModel::scoresRankLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("best");
    QTest::newRow("Danish, not Norwegian") << u"Jeg har ikke modtaget noget af det, hvad sker der?"_s << u"da"_s;
    QTest::newRow("Swedish") << u"Jag har inte fått någonting, vad händer?"_s << u"sv"_s;
    QTest::newRow("Spanish, not Portuguese") << u"Quiero devolver el producto porque llegó roto."_s << u"es"_s;
    QTest::newRow("Portuguese, not Spanish") << u"Quero devolver o produto porque chegou quebrado."_s << u"pt"_s;
    QTest::newRow("Dutch, not Afrikaans") << u"Ik wil graag weten waar mijn bestelling blijft."_s << u"nl"_s;
    QTest::newRow("Czech, not Slovak") << u"Chtěl bych vědět, kde je moje objednávka."_s << u"cs"_s;
}

void TestNgramModel::scoresRankLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, best);
    const hd::NgramModel &m = hd::NgramModel::builtin();
    const hd::NgramModel::Scores s = m.score(text, hd::NgramModel::Script::Latin);
    QVERIFY(s.ranked.size() > 10);
    QCOMPARE(m.code(s.ranked.front().language), best);
    QVERIFY(s.ranked.front().cost <= s.ranked.back().cost);
    QVERIFY(s.words > 3);
}

void TestNgramModel::rejectsDamagedData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("NOPE\1\0\0\0\1\0\0\0\40\0\0\0", 16);
    QTest::newRow("header only") << QByteArray("HDLM\1\0\0\0\1\0\0\0\40\0\0\0", 16);
    QTest::newRow("zero languages") << QByteArray("HDLM\1\0\0\0\0\0\0\0\40\0\0\0", 16);
    QTest::newRow("future version") << QByteArray("HDLM\7\0\0\0\1\0\0\0\40\0\0\0", 16);
}

void TestNgramModel::rejectsDamagedData()
{
    QFETCH(QByteArray, data);
    const auto r = hd::NgramModel::fromData(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, hd::Error::Code::Parse);
    QVERIFY(!hd::NgramModel::fromFile(u"/nonexistent/model.bin"_s).ok());
}

QTEST_GUILESS_MAIN(TestNgramModel)
#include "TestNgramModel.moc"
